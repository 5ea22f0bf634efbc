/* SPDX-License-Identifier: ISC */
/* testdata.h - where the unit tests' fixtures are: tests/data in the source tree */
#ifndef LIMBER_TESTDATA_H
#define LIMBER_TESTDATA_H

#define TEST_DATA LIMBER_SRCDIR "/tests/data"

#endif
