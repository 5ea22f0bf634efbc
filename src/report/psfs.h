/* SPDX-License-Identifier: ISC */
/* psfs.h - the report's part on what the patient can do: the Patient-Specific Functional Scale */
#ifndef LIMBER_PSFS_H
#define LIMBER_PSFS_H

#include "insight/report_data.h"
#include "report/pdf.h"

/*
 * Beside the pain verdicts: the function score's verdict in a clinician's
 * words, each activity in the patient's words with its first and latest
 * rating, and how the verdict is made. One line when no activity was named.
 */
void psfs_section(struct pdf *p, const struct report_data *d);

#endif
