#pragma once
// Turns a set written today (format 2) into the format-1 set that version
// 0.1 wrote: the file list back inside manifest.json, no `entries`, and
// SHA256SUMS listing the data files only. Tests use it to prove that such
// sets are still read, verified and restored, and to edit a manifest's file
// list as a hostile set would.

#include "util/Result.h"

#include <QString>

namespace lbw::test {

Status rewriteAsFormatOne(const QString &setDir);

}  // namespace lbw::test
