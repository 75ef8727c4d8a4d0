#include "recovery/Runbook.h"

#include "recovery/RecoveryPlan.h"
#include "recovery/ServerProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace lbw {
namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

// Printable on A4 and Letter alike: no fixed page size. Nothing may run off
// the right edge: long words (paths, FQDNs, addresses) wrap when they must, a
// command's wrapped lines are indented, and the server table has fixed column
// shares (the last column takes what padding leaves). A step, a row, a command
// and a note each stay on one page; headings and the text before a server's
// first step stay with what follows. Backgrounds are decoration only (browsers
// drop them when printing); borders and text carry the meaning. The 1px side
// margins in print keep right borders inside Chromium's page clip.
const char *const kStyle = R"(
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; margin: 2em; color: #111;
  overflow-wrap: break-word; overflow-wrap: anywhere; }
h1 { font-size: 18pt; margin-bottom: 0.2em; } h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 11.5pt; margin-bottom: 0.3em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; table-layout: fixed; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; vertical-align: top; }
.servers th:nth-child(1), .servers th:nth-child(2) { width: 20%; } .servers th:nth-child(3) { width: 22%; }
.servers th:nth-child(4) { width: 15%; }
th { background: #eee; } .meta { color: #444; } .note { background: #fff6d6; border-left: 4px solid #999; padding: 4px 8px; }
pre { background: #f4f4f4; border: 1px solid #ddd; padding: 6px; white-space: pre-wrap; font-size: 9.5pt; }
pre > span { display: block; padding-left: 2em; text-indent: -2em; }
ol > li { margin-bottom: 0.8em; } .action { color: #444; font-size: 9pt; }
.check { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #333; margin-right: 0.4em; }
li, tr, pre, .note { break-inside: avoid; page-break-inside: avoid; }
h2, h3, body > p { break-after: avoid; page-break-after: avoid; } thead { display: table-header-group; }
@page { margin: 15mm; } @media print { body { margin: 0 1px; font-size: 10pt; } a { color: inherit; }
  pre { background: none; } th { background: none; } }
)";

// Names, addresses and instances in the narrow columns of the server table:
// one a line, each free to wrap before a dot or a backslash.
QString breakable(const QStringList &texts) {
    QStringList lines;
    for (const QString &text : texts) {
        QString html = esc(text);
        html.replace(QLatin1Char('.'), QStringLiteral("<wbr>."));
        html.replace(QLatin1Char('\\'), QStringLiteral("<wbr>\\"));
        lines << html;
    }
    return lines.join(QStringLiteral("<br>"));
}

QString serverTable(const Topology &topology, const Manifest &manifest) {
    QString html = QStringLiteral(
                       "<table class=\"servers\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                       "</tr></thead><tbody>")
                       .arg(esc(QCoreApplication::translate("Runbook", "Server")),
                            esc(QCoreApplication::translate("Runbook", "Pool")),
                            esc(QCoreApplication::translate("Runbook", "What it is")),
                            esc(QCoreApplication::translate("Runbook", "Addresses at backup time")),
                            esc(QCoreApplication::translate("Runbook", "SQL Server instances")));
    for (const QString &fqdn : topologyMachines(topology)) {
        const Result<ServerProfile> profile = profileServer(topology, fqdn);
        if (!profile)
            continue;
        const ResolvedName *resolved = manifest.deployment.resolved(fqdn);
        QStringList instances;
        for (const SqlInstance &instance : profile->sqlInstances)
            instances << topology.sqlInstanceName(instance);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(breakable({fqdn}), breakable({profile->poolFqdn}),
                         esc(profile->kindTexts().join(QStringLiteral(", "))),
                         resolved && !resolved->addresses.isEmpty()
                             ? breakable(resolved->addresses)
                             : esc(QCoreApplication::translate("Runbook", "not resolved")),
                         breakable(instances));
    }
    return html + QStringLiteral("</tbody></table>");
}

// A command block, one span a line: a line longer than the page is wide wraps
// indented under its start (kStyle) and does not pass for a new command. The
// newlines stay in the text, for copying and for readers without the style;
// they sit inside the spans, as between them they would print as blank lines.
QString commandBlock(const QStringList &commands) {
    const QStringList lines = commands.join(QLatin1Char('\n')).split(QLatin1Char('\n'));
    QString html = QStringLiteral("<pre>");
    for (qsizetype i = 0; i < lines.size(); ++i)
        html += QStringLiteral("<span>%1%2</span>")
                    .arg(esc(lines.at(i)), i + 1 < lines.size() ? QStringLiteral("\n") : QString());
    return html + QStringLiteral("</pre>");
}

QString fileShares(const Topology &topology) {
    QStringList shares;
    for (const Service *store : topology.servicesWithRole(QStringLiteral("FileStore")))
        shares << QStringLiteral("<li>\\\\%1\\%2</li>")
                      .arg(esc(topology.hostFqdn(*store)), esc(store->facts.value(QStringLiteral("ShareName"))));
    return shares.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(shares.join(QString()));
}

QString serverSection(const RecoveryPlan &plan) {
    QString html =
        QStringLiteral("<h2 id=\"%1\">%2</h2>")
            .arg(esc(plan.server), esc(QCoreApplication::translate("Runbook", "Recovering %1").arg(plan.server)));
    html += QStringLiteral("<p>%1</p>").arg(esc(plan.profile.kindTexts().join(QStringLiteral(", "))));
    if (!plan.procedure.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(esc(QCoreApplication::translate("Runbook", "Microsoft's procedures: %1").arg(plan.procedure)));
    for (const QString &note : plan.notes)
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(note));
    html += QStringLiteral("<ol>");
    for (const RecoveryStep &step : plan.steps) {
        html += QStringLiteral(
                    "<li><h3><span class=\"check\"></span>%1</h3><div class=\"action\">%2 &middot; %3</div>"
                    "<p>%4</p>")
                    .arg(esc(step.title), esc(step.id), esc(recoveryActionText(step.action)), esc(step.description));
        if (!step.commands.isEmpty())
            html += commandBlock(step.commands);
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(esc(QCoreApplication::translate("Runbook", "Complete when: %1").arg(step.check)));
        if (!step.checkCommands.isEmpty())
            html += commandBlock(step.checkCommands);
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

}  // namespace

QByteArray renderRunbook(const Manifest &manifest, const Topology &topology, const QString &setPath,
                         const QString &onlyServer) {
    const QLocale locale;
    const QString shownPath = QDir::toNativeSeparators(setPath);
    QString html = QStringLiteral(
                       "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<title>%2</title><style>%3</style></head><body>")
                       .arg(esc(locale.bcp47Name()),
                            esc(QCoreApplication::translate("Runbook", "Recovery runbook: %1").arg(manifest.setName)),
                            QString::fromLatin1(kStyle));
    html += QStringLiteral("<h1>%1</h1>")
                .arg(esc(
                    QCoreApplication::translate("Runbook", "Recovery runbook of backup set %1").arg(manifest.setName)));
    html +=
        QStringLiteral("<p class=\"meta\">%1</p>")
            .arg(esc(QCoreApplication::translate("Runbook", "Taken %1 on %2 by Lync Backup Wizard %3. Topology: %4.")
                         .arg(locale.toString(manifest.startedUtc.toLocalTime(), QLocale::ShortFormat),
                              manifest.host.fqdn, manifest.toolVersion, manifest.deployment.topologyFormat)));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(QCoreApplication::translate(
                             "Runbook",
                             "The commands below assume the set at %1. If the backup share is reached by another "
                             "path, use that path instead. Rebuild each server with the same FQDN, domain, DNS "
                             "records, SQL Server instance names and file share paths as listed here.")
                             .arg(shownPath)));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("Runbook", "The deployment")));
    html += serverTable(topology, manifest);
    if (const QString shares = fileShares(topology); !shares.isEmpty())
        html += QStringLiteral("<h3>%1</h3>%2").arg(esc(QCoreApplication::translate("Runbook", "File shares")), shares);
    html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(QCoreApplication::translate("Runbook", "Items in this set")));
    for (const ManifestItem &item : manifest.items)
        html += QStringLiteral("<li>%1 (%2): %3</li>")
                    .arg(esc(item.name), esc(item.kind), esc(itemStatusText(item.status)));
    html += QStringLiteral("</ul>");
    for (const QString &fqdn : topologyMachines(topology)) {
        if (!onlyServer.isEmpty() && fqdn.compare(onlyServer, Qt::CaseInsensitive) != 0)
            continue;
        if (Result<RecoveryPlan> plan = buildRecoveryPlan(setPath, manifest, topology, fqdn))
            html += serverSection(*plan);
    }
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

}  // namespace lbw
