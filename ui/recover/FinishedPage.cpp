#include "recover/FinishedPage.h"

#include "StatusIcon.h"
#include "platform/Platform.h"
#include "recover/RecoveryWizard.h"
#include "recover/StepStatus.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lbw::ui {

RecoveryFinishedPage::RecoveryFinishedPage(QWidget *parent)
    : QWizardPage(parent), m_steps(new QTreeWidget(this)), m_summary(new QLabel(this)) {
    setTitle(tr("Recovery summary"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_steps->setHeaderLabels({tr("Step"), tr("Result"), tr("When"), tr("Details")});
    m_steps->setRootIsDecorated(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->setAccessibleName(tr("Steps and their results"));
    layout->addWidget(m_steps, 1);
    auto *save = new QPushButton(tr("&Save report..."), this);
    layout->addWidget(save, 0, Qt::AlignLeft);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save the recovery report"), QStringLiteral("recovery-report.html"), tr("Web page (*.html)"));
        if (file.isEmpty())
            return;
        if (Status written = platform::writeFileAtomically(file, reportHtml()); !written)
            m_summary->setText(written.errorMessage());
        else
            m_summary->setText(tr("Report saved to %1.").arg(file));
    });
}

void RecoveryFinishedPage::initializePage() {
    m_steps->clear();
    RecoverySession &session = static_cast<RecoveryWizard *>(wizard())->session();
    if (!session.plan)
        return;
    int complete = 0;
    const QLocale locale;
    for (const RecoveryStep &step : session.plan->steps) {
        const StepState state = session.journal->state(step.id);
        const bool settled = state.state == StepState::State::Done || state.state == StepState::State::Skipped;
        complete += settled;
        auto *row = new QTreeWidgetItem(
            m_steps,
            {step.title, stepStateText(state.state),
             state.atUtc.isValid() ? locale.toString(state.atUtc.toLocalTime(), QLocale::ShortFormat) : QString(),
             state.evidence.isEmpty() ? state.message : state.evidence});
        row->setIcon(1, statusIcon(stepStatusKind(state.state)));
    }
    // Every step dealt with: the journal says so, and the recovery is no
    // longer offered to continue when the wizard opens.
    const bool allSettled = complete == session.plan->steps.size();
    QString journalProblem;
    if (allSettled && !session.journal->finished())
        if (Status recorded = session.journal->recordFinished(); !recorded)
            journalProblem = QLatin1Char(' ') + recorded.errorMessage();
    m_summary->setText(
        (allSettled ? tr("Every step of the recovery of %1 is complete or not needed.").arg(session.plan->server)
                    : tr("%1 of %2 steps of the recovery of %3 are complete or not needed. The journal "
                         "keeps them: open the recovery again to go on.")
                          .arg(complete)
                          .arg(session.plan->steps.size())
                          .arg(session.plan->server)) +
        journalProblem);
}

QByteArray RecoveryFinishedPage::reportHtml() const {
    const RecoverySession &session = static_cast<RecoveryWizard *>(wizard())->session();
    QString html =
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
            "<style>body{font-family:sans-serif}td,th{border:1px solid #bbb;padding:3px 6px;"
            "vertical-align:top}table{border-collapse:collapse}</style></head><body><h1>%1</h1>"
            "<p>%2</p><table><tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
            .arg(tr("Recovery of %1 from set %2").arg(session.plan->server, session.manifest->setName).toHtmlEscaped(),
                 m_summary->text().toHtmlEscaped(), tr("Step").toHtmlEscaped(), tr("Result").toHtmlEscaped(),
                 tr("When").toHtmlEscaped(), tr("Details").toHtmlEscaped());
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_steps->topLevelItem(i);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(row->text(0).toHtmlEscaped(), row->text(1).toHtmlEscaped(), row->text(2).toHtmlEscaped(),
                         row->text(3).toHtmlEscaped());
    }
    return (html + QStringLiteral("</table></body></html>\n")).toUtf8();
}

}  // namespace lbw::ui
