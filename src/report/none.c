/* SPDX-License-Identifier: ISC */
/* none.c - the report in a limber built without cairo and pango (configure --without-report) */
#include "config.h"

#include "base/i18n.h"
#include "report/report.h"
#include "report/sheet.h"

bool report_available(void)
{
	return false;
}

/* What every PDF writer does here: no pages, and why in err. */
static enum lb_status refuse(const char *path, int *pages, const char *why, struct diags *err)
{
	if (pages)
		*pages = 0;
	diags_add(err, path, 0, "%s", why);
	return LB_IO;
}

enum lb_status report_write(const struct report_data *d, const struct report_opts *o,
			    const char *path, int *pages, struct diags *err)
{
	(void)d;
	(void)o;
	return refuse(path, pages,
		      _("this limber was built without PDF reports (configure --without-report)"), err);
}

enum lb_status sheet_write(const struct routine *r, const struct sheet_opts *o, const char *path,
			   int *pages, struct diags *err)
{
	(void)r;
	(void)o;
	return refuse(path, pages,
		      _("this limber was built without PDF output (configure --without-report)"), err);
}
