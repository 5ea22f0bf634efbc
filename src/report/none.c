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

enum lb_status report_write(const struct report_data *d, const struct report_opts *o,
			    const char *path, int *pages, struct diags *err)
{
	if (pages)
		*pages = 0;
	(void)d;
	(void)o;
	diags_add(err, path, 0,
		  _("this limber was built without PDF reports (configure --without-report)"));
	return LB_IO;
}

enum lb_status sheet_write(const struct routine *r, const struct sheet_opts *o, const char *path,
			   int *pages, struct diags *err)
{
	if (pages)
		*pages = 0;
	(void)r;
	(void)o;
	diags_add(err, path, 0,
		  _("this limber was built without PDF output (configure --without-report)"));
	return LB_IO;
}
