#include "recover/StepsPage.h"

#include "Ask.h"
#include "ProgressText.h"
#include "StatusIcon.h"
#include "recover/CertificateField.h"
#include "recover/ConnectionField.h"
#include "recover/RecoveryWizard.h"
#include "recover/StepStatus.h"
#include "recover/TaskRunner.h"
#include "recovery/StepRunner.h"
#include "sources/ServerConnection.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QAbstractButton>

namespace lbw::ui {
StepsPage::StepsPage(QWidget *parent)
    : QWizardPage(parent),
      m_steps(new QTreeWidget(this)),
      m_title(new QLabel(this)),
      m_description(new QLabel(this)),
      m_commands(new QPlainTextEdit(this)),
      m_check(new QLabel(this)),
      m_state(new QLabel(this)),
      m_note(new QLineEdit(this)),
      m_certificate(new CertificateField(this)),
      m_connection(new ConnectionField(this)),
      m_copy(new QPushButton(tr("Cop&y commands"), this)),
      m_run(new QPushButton(tr("&Run"), this)),
      m_markDone(new QPushButton(tr("&Mark as done"), this)),
      m_skip(new QPushButton(tr("N&ot needed"), this)),
      m_cancel(new QPushButton(tr("Cancel the step"), this)),
      m_progress(new QProgressBar(this)),
      m_stats(new QLabel(this)),
      m_viewLog(new QPushButton(tr("View &log"), this)) {
    setTitle(tr("Recovery steps"));
    setSubTitle(
        tr("Work through the steps in order. Steps this program can do have Run or Check; the others are "
           "done on the server and marked as done."));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    m_steps->setHeaderLabels({tr("Step"), tr("Status")});
    m_steps->setRootIsDecorated(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    m_steps->setAccessibleName(tr("Recovery steps"));
    splitter->addWidget(m_steps);
    auto *detail = new QWidget(splitter);
    auto *grid = new QVBoxLayout(detail);
    grid->setContentsMargins(6, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_description->setWordWrap(true);
    m_check->setWordWrap(true);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setAccessibleName(tr("Commands"));
    m_note->setPlaceholderText(tr("Note for the journal (optional)"));
    m_note->setAccessibleName(tr("Note"));
    grid->addWidget(m_title);
    grid->addWidget(m_description);
    grid->addWidget(m_commands);
    grid->addWidget(m_check);
    grid->addWidget(m_state);
    grid->addStretch(1);  // the step's words at the top, its buttons at the bottom
    grid->addWidget(m_certificate);
    grid->addWidget(m_connection);
    grid->addWidget(m_note);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_run, m_markDone, m_skip, m_copy, m_viewLog})
        buttons->addWidget(button);
    buttons->addStretch();
    grid->addLayout(buttons);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    grid->addLayout(progressRow);
    grid->addWidget(m_stats);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({430, 500});  // step titles readable without scrolling sideways
    m_commands->setMaximumHeight(220);
    // A horizontal splitter only grows sideways by default; the wizard would
    // leave the space below it empty.
    splitter->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    layout->addWidget(splitter);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_run->setObjectName(QStringLiteral("runStep"));
    m_markDone->setObjectName(QStringLiteral("markDone"));
    m_skip->setObjectName(QStringLiteral("skipStep"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_stats->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelStep"));
    m_skip->setToolTip(tr("This step does not apply to this server: record it as not needed, with the note."));

    connect(m_steps, &QTreeWidget::currentItemChanged, this, &StepsPage::showStep);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_commands->toPlainText()); });
    connect(m_run, &QPushButton::clicked, this, &StepsPage::runStep);
    connect(m_viewLog, &QPushButton::clicked, this, &StepsPage::showLog);
    m_viewLog->setObjectName(QStringLiteral("viewLog"));
    connect(m_markDone, &QPushButton::clicked, this, [this] { markStep(true); });
    connect(m_skip, &QPushButton::clicked, this, [this] { markStep(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (askYesNo(this, tr("Stop the step?"),
                     tr("Stop this step now? A restore that is stopped leaves nothing in its target; the step can "
                        "be run again.")))
            recoveryWizard()->runner()->cancel();
    });
}

const ManifestItem *StepsPage::serverItemOf(const RecoveryStep &step) const {
    const RecoverySession &session = recoveryWizard()->session();
    if (step.action != RecoveryStep::Action::Restore || !session.manifest)
        return nullptr;
    for (const ManifestItem &item : session.manifest->items)
        if (item.name == step.item && connectsToServer(item.kind))
            return &item;
    return nullptr;
}

RecoveryWizard *StepsPage::recoveryWizard() const {
    return static_cast<RecoveryWizard *>(wizard());
}

int StepsPage::currentIndex() const {
    const QTreeWidgetItem *row = m_steps->currentItem();
    return row ? m_steps->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(row)) : -1;
}

void StepsPage::initializePage() {
    m_steps->clear();
    const RecoverySession &session = recoveryWizard()->session();
    if (!session.plan)
        return;
    int number = 0;
    for (const RecoveryStep &step : session.plan->steps) {
        auto *row = new QTreeWidgetItem(m_steps, {QStringLiteral("%1. %2").arg(++number).arg(step.title), QString()});
        row->setToolTip(0, step.title);
    }
    refreshStates();
    // Resume where the journal stands: the first step not complete.
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        const StepState::State state = session.journal->state(session.plan->steps[i].id).state;
        if (state != StepState::State::Done && state != StepState::State::Skipped) {
            m_steps->setCurrentItem(m_steps->topLevelItem(i));
            return;
        }
    }
    m_steps->setCurrentItem(m_steps->topLevelItem(0));
}

bool StepsPage::isComplete() const {
    return m_runningIndex < 0;
}

void StepsPage::refreshStates() {
    const RecoverySession &session = recoveryWizard()->session();
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        const StepState state = session.journal->state(session.plan->steps[i].id);
        QTreeWidgetItem *row = m_steps->topLevelItem(i);
        if (i == m_runningIndex) {
            row->setText(1, tr("in progress"));
            row->setIcon(0, statusIcon(StatusKind::Running));
        } else {
            row->setText(1, stepStateText(state.state));
            row->setIcon(0, statusIcon(stepStatusKind(state.state)));
        }
    }
}

void StepsPage::showStep() {
    const int index = currentIndex();
    const RecoverySession &session = recoveryWizard()->session();
    if (index < 0 || !session.plan)
        return;
    const RecoveryStep &step = session.plan->steps[index];
    const StepState state = session.journal->state(step.id);
    m_title->setText(QStringLiteral("%1 (%2)").arg(step.title, recoveryActionText(step.action)));
    m_description->setText(step.description);
    m_commands->setPlainText(step.commands.join(QLatin1Char('\n')));
    m_commands->setVisible(!step.commands.isEmpty());
    m_copy->setEnabled(!step.commands.isEmpty());
    m_check->setText(tr("Complete when: %1").arg(step.check));
    QString stateText = stepStateText(state.state);
    if (!state.evidence.isEmpty())
        stateText += QStringLiteral(": ") + state.evidence;
    if (!state.message.isEmpty())
        stateText += QStringLiteral(": ") + state.message;
    if (state.atUtc.isValid())
        stateText += QStringLiteral(" (%1)").arg(QLocale().toString(state.atUtc.toLocalTime(), QLocale::ShortFormat));
    m_state->setText(stateText);
    m_note->setText(state.note);
    m_viewLog->setEnabled(!state.log.isEmpty());
    m_certificate->setVisible(step.id == QLatin1String("certificates"));
    const ManifestItem *serverItem = serverItemOf(step);
    if (serverItem)
        m_connection->showFor(*serverItem);
    m_connection->setVisible(serverItem != nullptr);
    const bool runnable = step.action == RecoveryStep::Action::Check || step.action == RecoveryStep::Action::Restore ||
                          (step.action == RecoveryStep::Action::Shell && !powerShellProgram().isEmpty());
    const bool finished = state.state == StepState::State::Done || state.state == StepState::State::Failed;
    m_run->setVisible(runnable);
    m_run->setText(step.action == RecoveryStep::Action::Check ? (finished ? tr("Check &again") : tr("&Check"))
                                                              : (finished ? tr("Run &again") : tr("&Run")));
    const bool busy = recoveryWizard()->runner()->isRunning();
    for (QPushButton *button : {m_run, m_markDone, m_skip})
        button->setEnabled(!busy);
    m_steps->setEnabled(!busy);
}

void StepsPage::runStep() {
    const int index = currentIndex();
    RecoverySession &session = recoveryWizard()->session();
    if (index < 0)
        return;
    const RecoveryStep step = session.plan->steps[index];
    StepRunOptions options;
    if (serverItemOf(step)) {
        // Where to connect comes from the operator, never from the set.
        Result<QJsonObject> connection = m_connection->connection();
        if (!connection) {
            m_state->setText(connection.errorMessage());
            return;
        }
        options.connections.insert(step.item, *connection);
    }
    TaskRunner *runner = recoveryWizard()->runner();
    m_runningIndex = index;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_stats->clear();
    m_stats->setVisible(step.action == RecoveryStep::Action::Restore);
    m_state->setText(tr("Running…"));
    refreshStates();
    emit completeChanged();  // first: the wizard re-enables Back on it
    wizard()->button(QWizard::BackButton)->setEnabled(false);
    auto progress = connect(runner, &TaskRunner::progressed, this, [this](const ProgressSnapshot &p) {
        m_progress->setValue(p.bytesTotal > 0 ? int(1000 * p.bytesDone / p.bytesTotal) : 0);
        m_stats->setText(progressStatsText(p));
    });
    auto stage = connect(runner, &TaskRunner::stageChanged, m_state, &QLabel::setText);
    auto *context = new QObject(this);
    connect(runner, &TaskRunner::finished, context, [this, progress, stage, context](const StepOutcome &outcome) {
        disconnect(progress);
        disconnect(stage);
        context->deleteLater();
        m_runningIndex = -1;
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_stats->setVisible(false);
        // The journal on disk was written by the worker; read it again.
        recoveryWizard()->session().rereadJournal();
        refreshStates();
        showStep();
        // A step that could not run recorded nothing: say why here.
        if (outcome.kind == StepOutcome::Kind::NotRunnable)
            m_state->setText(outcome.text);
        m_steps->setFocus();
        emit completeChanged();
    });
    // The worker has its own journal object: the one here is re-read when it ends.
    const QString setPath = session.setPath;
    const Manifest manifest = *session.manifest;
    const RecoveryPlan plan = *session.plan;
    if (step.id == QLatin1String("certificates")) {
        options.certificateFile = m_certificate->file();
        options.certificatePassword = m_certificate->password();
    }
    runner->start([setPath, manifest, plan, step, options](JobObserver *observer, const CancelToken &cancel) {
        Result<RecoveryJournal> journal = RecoveryJournal::open(manifest, plan.server, setPath);
        if (!journal)
            return StepOutcome{StepOutcome::Kind::Failed, journal.errorMessage()};
        return StepRunner(setPath, manifest, plan, *journal).run(step, options, observer, cancel);
    });
    showStep();
}

void StepsPage::showLog() {
    const int index = currentIndex();
    const RecoverySession &session = recoveryWizard()->session();
    if (index < 0)
        return;
    const RecoveryStep &step = session.plan->steps[index];
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Log of \"%1\"").arg(step.title));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QPlainTextEdit(session.journal->state(step.id).log, &dialog);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setAccessibleName(tr("Log"));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(720, 420);
    dialog.exec();
}

void StepsPage::markStep(bool done) {
    const int index = currentIndex();
    RecoverySession &session = recoveryWizard()->session();
    if (index < 0)
        return;
    StepState state;
    state.state = done ? StepState::State::Done : StepState::State::Skipped;
    state.note = m_note->text().trimmed();
    if (done)
        state.evidence = tr("Marked as done by the operator.");
    else
        state.message = state.note.isEmpty() ? tr("Marked as not needed by the operator.") : state.note;
    if (Status recorded = session.journal->record(session.plan->steps[index].id, state); !recorded) {
        m_state->setText(recorded.errorMessage());
        return;
    }
    refreshStates();
    if (index + 1 < m_steps->topLevelItemCount())
        m_steps->setCurrentItem(m_steps->topLevelItem(index + 1));
    else
        showStep();
}

}  // namespace lbw::ui
