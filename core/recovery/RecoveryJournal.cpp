#include "recovery/RecoveryJournal.h"

#include "backupset/Manifest.h"
#include "platform/Platform.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace lbw {

QString stepStateKey(StepState::State state) {
    switch (state) {
        case StepState::State::Pending:
            return QStringLiteral("pending");
        case StepState::State::Running:
            return QStringLiteral("running");
        case StepState::State::Done:
            return QStringLiteral("done");
        case StepState::State::Skipped:
            return QStringLiteral("skipped");
        case StepState::State::Failed:
            return QStringLiteral("failed");
    }
    return {};
}

QString stepStateText(StepState::State state) {
    switch (state) {
        case StepState::State::Pending:
            return QCoreApplication::translate("RecoveryJournal", "not started");
        case StepState::State::Running:
            return QCoreApplication::translate("RecoveryJournal", "interrupted");
        case StepState::State::Done:
            return QCoreApplication::translate("RecoveryJournal", "complete");
        case StepState::State::Skipped:
            return QCoreApplication::translate("RecoveryJournal", "not needed");
        case StepState::State::Failed:
            return QCoreApplication::translate("RecoveryJournal", "failed");
    }
    return {};
}

std::optional<StepState::State> stepStateFromKey(const QString &key) {
    for (StepState::State state : {StepState::State::Pending, StepState::State::Running, StepState::State::Done,
                                   StepState::State::Skipped, StepState::State::Failed})
        if (stepStateKey(state) == key)
            return state;
    return std::nullopt;
}

namespace {

StepState stateFromJson(const QJsonObject &entry) {
    StepState state;
    state.state = stepStateFromKey(entry[QLatin1String("state")].toString()).value_or(StepState::State::Pending);
    state.evidence = entry[QLatin1String("evidence")].toString();
    state.note = entry[QLatin1String("note")].toString();
    state.message = entry[QLatin1String("message")].toString();
    state.log = entry[QLatin1String("log")].toString();
    state.atUtc = QDateTime::fromString(entry[QLatin1String("atUtc")].toString(), Qt::ISODateWithMs);
    return state;
}

}  // namespace

QString RecoveryJournal::folder() {
    const QString override = qEnvironmentVariable("LBW_STATE_DIR");
    const QString base =
        override.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) : override;
    return base + QStringLiteral("/recovery");
}

QString RecoveryJournal::pathFor(const Manifest &manifest, const QString &server) {
    // Named by a digest: the set name comes from a manifest and must not
    // choose a path.
    Sha256 key;
    const QByteArray identity = (manifest.setName + QLatin1Char('\n') +
                                 manifest.startedUtc.toString(Qt::ISODateWithMs) + QLatin1Char('\n') + server.toLower())
                                    .toUtf8();
    key.update(identity.constData(), identity.size());
    return folder() + QStringLiteral("/recovery-%1.json").arg(QString::fromLatin1(key.finalHex().left(24)));
}

Result<RecoveryJournal> RecoveryJournal::open(const Manifest &manifest, const QString &server, const QString &setPath) {
    RecoveryJournal journal;
    journal.m_path = pathFor(manifest, server);
    journal.m_setName = manifest.setName;
    journal.m_server = server;
    journal.m_setPath = setPath;
    QFile file(journal.m_path);
    if (!file.exists())
        return journal;
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("RecoveryJournal", "Cannot read the recovery journal %1: %2.")
                         .arg(journal.m_path, file.errorString())};
    QJsonParseError parseError{};
    const QJsonObject root = QJsonDocument::fromJson(file.read(16 << 20), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{QCoreApplication::translate("RecoveryJournal",
                                                 "The recovery journal %1 is damaged (%2). Move it away to start "
                                                 "this recovery's record afresh.")
                         .arg(journal.m_path, parseError.errorString())};
    const QJsonObject steps = root[QLatin1String("steps")].toObject();
    for (auto it = steps.constBegin(); it != steps.constEnd(); ++it) {
        journal.m_steps.insert(it.key(), stateFromJson(it.value().toObject()));
    }
    if (journal.m_setPath.isEmpty())
        journal.m_setPath = root[QLatin1String("setPath")].toString();
    journal.m_finishedUtc = QDateTime::fromString(root[QLatin1String("finishedUtc")].toString(), Qt::ISODateWithMs);
    return journal;
}

QList<JournalSummary> RecoveryJournal::list() {
    QList<JournalSummary> journals;
    const QDir dir(folder());
    for (const QFileInfo &info :
         dir.entryInfoList({QStringLiteral("recovery-*.json")}, QDir::Files | QDir::NoSymLinks, QDir::Time)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject root = QJsonDocument::fromJson(file.read(16 << 20)).object();
        if (root[QLatin1String("format")].toString() != QLatin1String("lync-backup-recovery-journal"))
            continue;
        JournalSummary summary;
        summary.path = info.filePath();
        summary.setName = root[QLatin1String("set")].toString();
        summary.setPath = root[QLatin1String("setPath")].toString();
        summary.server = root[QLatin1String("server")].toString();
        summary.updatedUtc = info.lastModified().toUTC();
        summary.finished = !root[QLatin1String("finishedUtc")].toString().isEmpty();
        const QJsonObject steps = root[QLatin1String("steps")].toObject();
        for (auto it = steps.constBegin(); it != steps.constEnd(); ++it) {
            const StepState::State state = stateFromJson(it.value().toObject()).state;
            summary.stepsDone += state == StepState::State::Done || state == StepState::State::Skipped;
        }
        journals << summary;
    }
    return journals;
}

QJsonObject RecoveryJournal::toJson() const {
    QJsonObject steps;
    for (auto it = m_steps.constBegin(); it != m_steps.constEnd(); ++it)
        steps.insert(it.key(), QJsonObject{{QStringLiteral("state"), stepStateKey(it->state)},
                                           {QStringLiteral("evidence"), it->evidence},
                                           {QStringLiteral("note"), it->note},
                                           {QStringLiteral("message"), it->message},
                                           {QStringLiteral("log"), it->log},
                                           {QStringLiteral("atUtc"), it->atUtc.toString(Qt::ISODateWithMs)}});
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("lync-backup-recovery-journal")},
                     {QStringLiteral("set"), m_setName},
                     {QStringLiteral("setPath"), m_setPath},
                     {QStringLiteral("server"), m_server},
                     {QStringLiteral("steps"), steps}};
    if (m_finishedUtc.isValid())
        root.insert(QStringLiteral("finishedUtc"), m_finishedUtc.toString(Qt::ISODateWithMs));
    return root;
}

Status RecoveryJournal::write() {
    Status written =
        QDir().mkpath(QFileInfo(m_path).absolutePath())
            ? platform::writeFileAtomically(m_path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented))
            : Status(Error{QCoreApplication::translate("RecoveryJournal", "cannot create its folder")});
    if (!written)
        return Error{QCoreApplication::translate("RecoveryJournal",
                                                 "Cannot write the recovery journal %1 (%2). Check that the folder "
                                                 "is writable (LBW_STATE_DIR chooses another).")
                         .arg(m_path, written.errorMessage())};
    return {};
}

Status RecoveryJournal::recordFinished() {
    const QDateTime previous = m_finishedUtc;
    m_finishedUtc = QDateTime::currentDateTimeUtc();
    Status written = write();
    if (!written)
        m_finishedUtc = previous;
    return written;
}

Status RecoveryJournal::record(const QString &stepId, StepState state) {
    if (!state.atUtc.isValid())
        state.atUtc = QDateTime::currentDateTimeUtc();
    // Another process (the wizard and the command line, or two shells) may
    // have recorded other steps since this journal was read: take theirs,
    // so one writer does not undo the other's marks.
    if (QFile file(m_path); file.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(file.read(16 << 20)).object();
        const QJsonObject steps = root.value(QLatin1String("steps")).toObject();
        for (auto it = steps.constBegin(); it != steps.constEnd(); ++it)
            if (it.key() != stepId)
                m_steps.insert(it.key(), stateFromJson(it.value().toObject()));
        if (!m_finishedUtc.isValid())
            m_finishedUtc = QDateTime::fromString(root[QLatin1String("finishedUtc")].toString(), Qt::ISODateWithMs);
    }
    const StepState previous = m_steps.value(stepId);
    const bool existed = m_steps.contains(stepId);
    m_steps.insert(stepId, state);
    Status written = write();
    if (!written) {
        if (existed)
            m_steps.insert(stepId, previous);
        else
            m_steps.remove(stepId);
    }
    return written;
}

}  // namespace lbw
