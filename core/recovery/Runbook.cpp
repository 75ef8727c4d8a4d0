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

// Printable on A4 and Letter alike: no fixed page size, commands wrap.
const char *const kStyle = R"(
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; margin: 2em; color: #111; }
h1 { font-size: 18pt; margin-bottom: 0.2em; } h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 11.5pt; margin-bottom: 0.3em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; } th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eee; } .meta { color: #444; } .note { background: #fff6d6; padding: 4px 8px; }
pre { background: #f4f4f4; border: 1px solid #ddd; padding: 6px; white-space: pre-wrap; word-break: break-all; font-size: 9.5pt; }
ol > li { margin-bottom: 0.8em; page-break-inside: avoid; } .action { color: #555; font-size: 9pt; }
.check { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #333; margin-right: 0.4em; }
@page { margin: 15mm; } @media print { body { margin: 0; } h2 { page-break-before: auto; } a { color: inherit; } }
)";

QString serverTable(const Topology &topology, const Manifest &manifest) {
    QString html = QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
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
                    .arg(esc(fqdn), esc(profile->poolFqdn), esc(profile->kindTexts().join(QStringLiteral(", "))),
                         esc(resolved && !resolved->addresses.isEmpty()
                                 ? resolved->addresses.join(QStringLiteral(", "))
                                 : QCoreApplication::translate("Runbook", "not resolved")),
                         esc(instances.join(QStringLiteral(", "))));
    }
    return html + QStringLiteral("</table>");
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
            html += QStringLiteral("<pre>%1</pre>").arg(esc(step.commands.join(QLatin1Char('\n'))));
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(esc(QCoreApplication::translate("Runbook", "Complete when: %1").arg(step.check)));
        if (!step.checkCommands.isEmpty())
            html += QStringLiteral("<pre>%1</pre>").arg(esc(step.checkCommands.join(QLatin1Char('\n'))));
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
