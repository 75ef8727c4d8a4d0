#pragma once
// A verification for people: each set's result, item by item, with every
// missing, changed or unexpected file by name; as HTML (the wizard's "Save
// report") and as plain text ("Copy"). Text from a set is escaped: a
// hostile name cannot add markup or control characters.

#include "backupset/Manifest.h"
#include "jobs/VerifyJob.h"

#include <QList>
#include <QString>

namespace lbw {

struct ItemVerdict {
    QString name;  // empty: the set's own files (manifest, entries, SHA256SUMS, ...)
    QString kind;
    QList<VerifyProblem> problems;
};

struct SetVerdict {
    QString setName;
    VerifyReport report;
    QList<ItemVerdict> items;  // the manifest's items in order, then the set's own files if they have problems

    enum class Result { Intact, Damaged, NotVerified };
    Result result() const;
};

// Sorts the report's problems into the items of `manifestItems` (by each
// item's place in the set).
SetVerdict verdictOf(const QString &setName, const VerifyReport &report, const QList<ManifestItem> &manifestItems);

QString verdictResultText(SetVerdict::Result result);  // translated: "intact", "DAMAGED", "not verified"
// One sentence: what was checked and found, or why the set was not checked.
QString verdictSummary(const SetVerdict &set);

QString verificationReportHtml(const QList<SetVerdict> &sets, const QString &location);
QString verificationReportText(const QList<SetVerdict> &sets, const QString &location);

}  // namespace lbw
