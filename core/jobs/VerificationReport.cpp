#include "jobs/VerificationReport.h"

#include "util/DisplayText.h"
#include "util/SizeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace lbw {
namespace {

bool belongsTo(const QString &path, const ManifestItem &item) {
    return !item.setPath.isEmpty() && (path == item.setPath || path.startsWith(item.setPath + QLatin1Char('/')));
}

QString itemTitle(const ItemVerdict &item) {
    return item.name.isEmpty() ? QCoreApplication::translate("VerificationReport", "The set's own files")
                               : displayText(item.name);
}

QString problemLine(const VerifyProblem &problem) {
    return QStringLiteral("%1: %2%3")
        .arg(verifyProblemKindText(problem.kind),
             problem.path.isEmpty() ? QCoreApplication::translate("VerificationReport", "the set")
                                    : displayText(problem.path),
             problem.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(displayText(problem.detail)));
}

}  // namespace

SetVerdict::Result SetVerdict::result() const {
    if (report.cancelled)
        return Result::NotVerified;
    return report.ok() ? Result::Intact : Result::Damaged;
}

SetVerdict verdictOf(const QString &setName, const VerifyReport &report, const QList<ManifestItem> &manifestItems) {
    SetVerdict verdict{setName, report, {}};
    for (const ManifestItem &item : manifestItems)
        verdict.items << ItemVerdict{item.name, item.kind, {}};
    ItemVerdict own{QString(), QString(), {}};
    for (const VerifyProblem &problem : report.problems) {
        qsizetype at = -1;
        for (qsizetype i = 0; i < manifestItems.size() && at < 0; ++i)
            if (belongsTo(problem.path, manifestItems[i]))
                at = i;
        (at < 0 ? own : verdict.items[at]).problems << problem;
    }
    if (!own.problems.isEmpty())
        verdict.items << own;
    return verdict;
}

QString verdictSummary(const SetVerdict &set) {
    const VerifyReport &report = set.report;
    if (report.cancelled)
        return QCoreApplication::translate("VerificationReport",
                                           "Not verified: the verification was cancelled before it finished.");
    if (!report.fatalError.isEmpty())
        return QCoreApplication::translate("VerificationReport", "Cannot be checked: %1")
            .arg(displayText(report.fatalError));
    // (A template argument inside translate() sends lupdate into a loop: computed first.)
    const int files = int(std::min(report.filesChecked, qint64(std::numeric_limits<int>::max())));
    if (report.problems.isEmpty())
        return QCoreApplication::translate("VerificationReport", "Intact: %Ln files (%1) match the manifest.", nullptr,
                                           files)
            .arg(sizeText(report.bytesChecked));
    return QCoreApplication::translate("VerificationReport", "DAMAGED: problems found: %Ln.", nullptr,
                                       int(report.problems.size()));
}

QString verdictResultText(SetVerdict::Result result) {
    switch (result) {
        case SetVerdict::Result::Intact:
            return QCoreApplication::translate("VerificationReport", "intact");
        case SetVerdict::Result::Damaged:
            return QCoreApplication::translate("VerificationReport", "DAMAGED");
        case SetVerdict::Result::NotVerified:
            break;
    }
    return QCoreApplication::translate("VerificationReport", "not verified");
}

QString verificationReportText(const QList<SetVerdict> &sets, const QString &location) {
    QStringList lines;
    lines << QCoreApplication::translate("VerificationReport", "Verification of backup sets in %1, %2")
                 .arg(QDir::toNativeSeparators(location),
                      QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    for (const SetVerdict &set : sets) {
        lines << QString() << QStringLiteral("%1: %2").arg(displayText(set.setName), verdictSummary(set));
        if (set.result() == SetVerdict::Result::NotVerified || !set.report.fatalError.isEmpty())
            continue;
        for (const ItemVerdict &item : set.items) {
            lines << QStringLiteral("  %1: %2")
                         .arg(itemTitle(item), item.problems.isEmpty()
                                                   ? QCoreApplication::translate("VerificationReport", "intact")
                                                   : QCoreApplication::translate("VerificationReport", "DAMAGED"));
            for (const VerifyProblem &problem : item.problems)
                lines << QStringLiteral("    ") + problemLine(problem);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString verificationReportHtml(const QList<SetVerdict> &sets, const QString &location) {
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral(
                       "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "<style>body{font-family:sans-serif;margin:2em}"
                       ".intact{color:#107c10}.damaged{color:#c50f1f}.skipped{color:#9d5d00}"
                       "li.problem{font-family:monospace}</style></head><body>\n")
                       .arg(esc(QCoreApplication::translate("VerificationReport", "Verification report")));
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(esc(QCoreApplication::translate("VerificationReport", "Verification report")),
                     esc(QCoreApplication::translate("VerificationReport", "Backup sets in %1, checked %2")
                             .arg(QDir::toNativeSeparators(location),
                                  QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))));
    for (const SetVerdict &set : sets) {
        const QString cls = set.result() == SetVerdict::Result::Intact    ? QStringLiteral("intact")
                            : set.result() == SetVerdict::Result::Damaged ? QStringLiteral("damaged")
                                                                          : QStringLiteral("skipped");
        html += QStringLiteral("<h2>%1</h2>\n<p class=\"%2\">%3</p>\n")
                    .arg(esc(displayText(set.setName)), cls, esc(verdictSummary(set)));
        if (set.result() == SetVerdict::Result::NotVerified || !set.report.fatalError.isEmpty())
            continue;
        html += QStringLiteral("<ul>\n");
        for (const ItemVerdict &item : set.items) {
            html +=
                QStringLiteral("<li><b>%1</b>: <span class=\"%2\">%3</span>")
                    .arg(esc(itemTitle(item)),
                         item.problems.isEmpty() ? QStringLiteral("intact") : QStringLiteral("damaged"),
                         esc(item.problems.isEmpty() ? QCoreApplication::translate("VerificationReport", "intact")
                                                     : QCoreApplication::translate("VerificationReport", "DAMAGED")));
            if (!item.problems.isEmpty()) {
                html += QStringLiteral("<ul>\n");
                for (const VerifyProblem &problem : item.problems)
                    html += QStringLiteral("<li class=\"problem\">%1</li>\n").arg(esc(problemLine(problem)));
                html += QStringLiteral("</ul>");
            }
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ul>\n");
    }
    return html + QStringLiteral("</body></html>\n");
}

}  // namespace lbw
