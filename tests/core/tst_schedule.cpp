// Schedules: the times they run, the systemd units and Task Scheduler XML
// they become (checked by systemd-analyze verify and by the task schema's
// required elements), and their installation with a real unit folder and a
// recording systemctl (no systemd is PID 1 here).

#include "model/Schedule.h"
#include "schedule/ScheduleInstaller.h"
#include "schedule/SchedulerDefinitions.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace lbw;

namespace {

Schedule scheduleFor(const QString &dir) {
    Schedule schedule;
    schedule.name = QStringLiteral("Noite de produção 100%");
    schedule.planPath = dir + QStringLiteral("/planos com espaço/plan $HOME.json");
    schedule.location = dir + QStringLiteral("/backups");
    schedule.at = QTime(2, 30);
    return schedule;
}

// The elements a Task Scheduler 1.2 definition needs, read back: what
// `schtasks /Create /XML` refuses a file without.
struct TaskRead {
    QString version;
    QString startBoundary;
    QString command;
    QString arguments;
    QStringList days;
    bool byDay = false;
    bool startWhenAvailable = false;
    QString logonType;
};

TaskRead readTask(const QString &xml) {
    TaskRead task;
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.namespaceUri() != QLatin1String("http://schemas.microsoft.com/windows/2004/02/mit/task"))
                qWarning() << "element outside the task namespace:" << reader.name();
            path << reader.name().toString();
            const QString at = path.join(QLatin1Char('/'));
            if (at == QLatin1String("Task"))
                task.version = reader.attributes().value(QLatin1String("version")).toString();
            else if (at == QLatin1String("Task/Triggers/CalendarTrigger/StartBoundary"))
                task.startBoundary = reader.readElementText();
            else if (at == QLatin1String("Task/Triggers/CalendarTrigger/ScheduleByDay"))
                task.byDay = true;
            else if (at.startsWith(QLatin1String("Task/Triggers/CalendarTrigger/ScheduleByWeek/DaysOfWeek/")))
                task.days << reader.name().toString();
            else if (at == QLatin1String("Task/Actions/Exec/Command"))
                task.command = reader.readElementText();
            else if (at == QLatin1String("Task/Actions/Exec/Arguments"))
                task.arguments = reader.readElementText();
            else if (at == QLatin1String("Task/Settings/StartWhenAvailable"))
                task.startWhenAvailable = reader.readElementText() == QLatin1String("true");
            else if (at == QLatin1String("Task/Principals/Principal/LogonType"))
                task.logonType = reader.readElementText();
            if (reader.isEndElement())  // readElementText() ended the element
                path.removeLast();
        } else if (reader.isEndElement()) {
            path.removeLast();
        }
    }
    if (reader.hasError())
        qWarning() << reader.errorString();
    return task;
}

}  // namespace

class TestSchedule : public QObject {
    Q_OBJECT
private slots:
    void timesAndDaysAreParsedStrictly() {
        QCOMPARE(Schedule::parseTime(QStringLiteral("02:30")), QTime(2, 30));
        QCOMPARE(Schedule::parseTime(QStringLiteral("2:05")), QTime(2, 5));
        QVERIFY(!Schedule::parseTime(QStringLiteral("24:00")).isValid());
        QVERIFY(!Schedule::parseTime(QStringLiteral("02:3")).isValid());
        QVERIFY(!Schedule::parseTime(QStringLiteral("2h30")).isValid());
        const Result<QList<Qt::DayOfWeek>> days = Schedule::parseDays(QStringLiteral("fri, Mon,wed,mon"));
        QVERIFY(days.ok());
        QCOMPARE(*days, (QList<Qt::DayOfWeek>{Qt::Monday, Qt::Wednesday, Qt::Friday}));
        const Result<QList<Qt::DayOfWeek>> wrong = Schedule::parseDays(QStringLiteral("mon,segunda"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.errorMessage().contains(QLatin1String("segunda")));
    }

    void nextRunsFallOnTheScheduledDays() {
        Schedule schedule;
        schedule.at = QTime(2, 30);
        const QDateTime monday(QDate(2026, 11, 30), QTime(1, 0));  // a Monday
        QCOMPARE(schedule.nextRun(monday), QDateTime(QDate(2026, 11, 30), QTime(2, 30)));
        QCOMPARE(schedule.nextRun(QDateTime(QDate(2026, 11, 30), QTime(2, 30))),
                 QDateTime(QDate(2026, 12, 1), QTime(2, 30)));
        schedule.days = {Qt::Monday, Qt::Wednesday};
        QCOMPARE(schedule.nextRun(QDateTime(QDate(2026, 11, 30), QTime(3, 0))),
                 QDateTime(QDate(2026, 12, 2), QTime(2, 30)));
        QCOMPARE(schedule.nextRun(QDateTime(QDate(2026, 12, 3), QTime(3, 0))),
                 QDateTime(QDate(2026, 12, 7), QTime(2, 30)));
        schedule.weeklyDrill = true;  // first run day (Monday), two hours later
        QCOMPARE(schedule.nextDrill(monday), QDateTime(QDate(2026, 11, 30), QTime(4, 30)));
        schedule.at = QTime(23, 0);  // two hours later is Tuesday
        QCOMPARE(schedule.nextDrill(monday), QDateTime(QDate(2026, 12, 1), QTime(1, 0)));
    }

    void aScheduleRoundTripsThroughJson() {
        Schedule schedule = scheduleFor(QStringLiteral("/srv"));
        schedule.days = {Qt::Tuesday, Qt::Saturday};
        schedule.weeklyDrill = true;
        const Result<Schedule> back = Schedule::fromJson(schedule.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), schedule.toJson());
        QCOMPARE(back->days, schedule.days);
        QCOMPARE(schedule.slug(), QStringLiteral("noite-de-producao-100"));
        QVERIFY(!Schedule::fromJson(QJsonObject{{QStringLiteral("at"), QStringLiteral("25:00")}}).ok());
    }

    void unitsPassSystemdAnalyzeVerify_data() {
        QTest::addColumn<QList<Qt::DayOfWeek>>("days");
        QTest::addColumn<QString>("calendar");
        QTest::newRow("daily") << QList<Qt::DayOfWeek>{} << QStringLiteral("OnCalendar=*-*-* 02:30:00");
        QTest::newRow("weekdays") << QList<Qt::DayOfWeek>{Qt::Monday, Qt::Thursday}
                                  << QStringLiteral("OnCalendar=Mon,Thu *-*-* 02:30:00");
    }
    void unitsPassSystemdAnalyzeVerify() {
        QFETCH(QList<Qt::DayOfWeek>, days);
        QFETCH(QString, calendar);
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QFAIL("systemd-analyze is missing: ./setup.sh test installs the systemd package");
        QTemporaryDir dir;
        Schedule schedule = scheduleFor(dir.path());
        schedule.days = days;
        schedule.weeklyDrill = true;
        schedule.watch = true;
        // The program must exist for verify: this test's own binary stands in.
        const QList<SchedulerFile> units = systemdUnits(schedule, QCoreApplication::applicationFilePath());
        QCOMPARE(units.size(), 6);
        QStringList paths;
        for (const SchedulerFile &unit : units) {
            test::writeFile(dir.filePath(unit.name), unit.text.toUtf8());
            paths << dir.filePath(unit.name);
        }
        const QString timer = units[1].text;
        QVERIFY(timer.contains(calendar));
        QVERIFY(timer.contains(QLatin1String("Persistent=true")));
        QVERIFY(units[0].text.contains(
            QStringLiteral("Description=Lync Backup Wizard: backup \"Noite de produção 100%%\"")));
        // The hourly check: a warning or critical location is its job, not a failure.
        QCOMPARE(units[4].name, QStringLiteral("lync-backup-noite-de-producao-100-watch.service"));
        QVERIFY(units[4].text.contains(QLatin1String("\"status\" \"--plan\"")));
        QVERIFY(units[4].text.contains(QLatin1String("\"--notify\"\n")));
        QVERIFY(units[4].text.contains(QLatin1String("SuccessExitStatus=1 2\n")));
        QVERIFY(units[5].text.contains(QLatin1String("OnCalendar=hourly\n")));
        QProcess verify;
        verify.setProcessChannelMode(QProcess::MergedChannels);
        verify.start(analyze, QStringList{QStringLiteral("verify")} + paths);
        QVERIFY(verify.waitForFinished(60000));
        const QString output = QString::fromUtf8(verify.readAll());
        QVERIFY2(verify.exitCode() == 0, qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("lync-backup-")), qPrintable(output));  // no warning about our units
    }

    void servicesRunThePlanWithItsPathIntact() {
        // systemd's own reading of ExecStart: the words come back whole.
        QTemporaryDir dir;
        const Schedule schedule = scheduleFor(dir.path());
        const QString service = systemdUnits(schedule, QStringLiteral("/opt/lync backup/lync-backup"))[0].text;
        const QString line = service.section(QLatin1String("ExecStart="), 1).section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(line, QStringLiteral("\"/opt/lync backup/lync-backup\" \"backup\" \"--plan\" \"") + dir.path() +
                           QStringLiteral("/planos com espaço/plan $$HOME.json\""));
    }

    void taskXmlHasTheSchemasRequiredElements() {
        Schedule schedule = scheduleFor(QStringLiteral("C:/Lync"));
        schedule.planPath = QStringLiteral("C:\\Lync Backup\\plano \"noite\"\\");
        schedule.days = {Qt::Monday, Qt::Friday};
        schedule.weeklyDrill = true;
        schedule.watch = true;
        const QString program = QStringLiteral("C:\\Program Files\\Lync Backup Wizard\\lync-backup.exe");
        const QList<SchedulerFile> tasks = taskSchedulerTasks(schedule, program, QDate(2026, 11, 30));
        QCOMPARE(tasks.size(), 3);
        // triggerBaseType is a sequence: Enabled, StartBoundary, Repetition.
        for (const SchedulerFile &task : tasks)
            QVERIFY(task.text.indexOf(QLatin1String("<Enabled>")) <
                    task.text.indexOf(QLatin1String("<StartBoundary>")));
        const TaskRead backup = readTask(tasks[0].text);
        QCOMPARE(backup.version, QStringLiteral("1.2"));
        QCOMPARE(backup.startBoundary, QStringLiteral("2026-11-30T02:30:00"));
        QCOMPARE(backup.days, (QStringList{QStringLiteral("Monday"), QStringLiteral("Friday")}));
        QVERIFY(!backup.byDay);
        QVERIFY(backup.startWhenAvailable);
        QCOMPARE(backup.logonType, QStringLiteral("Password"));
        QCOMPARE(backup.command, program);
        QCOMPARE(test::splitWindowsCommandLine(backup.arguments),
                 (QStringList{QStringLiteral("backup"), QStringLiteral("--plan"), schedule.planPath}));
        const TaskRead drill = readTask(tasks[1].text);
        QCOMPARE(drill.days, QStringList{QStringLiteral("Monday")});
        QCOMPARE(drill.startBoundary, QStringLiteral("2026-11-30T04:30:00"));
        QCOMPARE(test::splitWindowsCommandLine(drill.arguments),
                 (QStringList{QStringLiteral("drill"), schedule.location}));
        const TaskRead watch = readTask(tasks[2].text);
        QVERIFY(watch.byDay);
        QCOMPARE(test::splitWindowsCommandLine(watch.arguments),
                 (QStringList{QStringLiteral("status"), QStringLiteral("--plan"), schedule.planPath,
                              QStringLiteral("--notify")}));
        QVERIFY(tasks[2].text.contains(QLatin1String("<Interval>PT1H</Interval>")));
        QVERIFY(tasks[2].text.indexOf(QLatin1String("<StartBoundary>")) <
                tasks[2].text.indexOf(QLatin1String("<Repetition>")));

        schedule.days.clear();
        QVERIFY(readTask(taskSchedulerTasks(schedule, program, QDate(2026, 11, 30))[0].text).byDay);
    }

    void windowsQuotingRoundTrips() {
        for (const QString &word :
             {QStringLiteral("plain"), QStringLiteral(""), QStringLiteral("two words"), QStringLiteral("C:\\ends\\"),
              QStringLiteral("a\\\"b"), QStringLiteral("\"\""), QStringLiteral("\\\\server\\share\\x y\\")})
            QCOMPARE(test::splitWindowsCommandLine(windowsQuoted(word)), QStringList{word});
    }

    void installWritesUnitsEnablesTimersAndRemoveTakesThemOut() {
        QTemporaryDir dir;
        const QString unitDir = dir.filePath(QStringLiteral("units"));
        const QString calls = dir.filePath(QStringLiteral("systemctl-calls"));
        const QString recorder = dir.filePath(QStringLiteral("systemctl"));
        test::writeFile(recorder, QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1'\n").arg(calls).toUtf8());
        QFile::setPermissions(recorder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("LBW_SYSTEMD_DIR", unitDir.toUtf8());
        qputenv("LBW_SYSTEMCTL", recorder.toUtf8());
        Schedule schedule = scheduleFor(dir.path());
        schedule.days = {Qt::Sunday};

        const Result<ScheduleInstallation> installed = installSchedule(schedule, QStringLiteral("/usr/bin/true"));
        QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : installed.errorMessage()));
        QCOMPARE(QDir(unitDir).entryList(QDir::Files),
                 (QStringList{QStringLiteral("lync-backup-noite-de-producao-100.service"),
                              QStringLiteral("lync-backup-noite-de-producao-100.timer")}));
        const QStringList called =
            QString::fromUtf8(test::readFile(calls)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(called.size(), 2);
        QVERIFY(called[0].endsWith(QLatin1String("daemon-reload")));
        QVERIFY(called[1].endsWith(QLatin1String("enable --now lync-backup-noite-de-producao-100.timer")));
        QVERIFY(locationHasSchedule(schedule.location));
        const Result<Schedule> kept = readLocationSchedule(schedule.location);
        QVERIFY(kept.ok());
        QCOMPARE(kept->toJson(), schedule.toJson());

        const Result<ScheduleInstallation> removed = removeSchedule(*kept);
        QVERIFY(removed.ok());
        QVERIFY(QDir(unitDir).entryList(QDir::Files).isEmpty());
        QVERIFY(!locationHasSchedule(schedule.location));
        QVERIFY(QString::fromUtf8(test::readFile(calls)).contains(QLatin1String("disable --now")));

        // systemd refusing: the error says where the units are and what to run.
        test::writeFile(recorder, "#!/bin/sh\necho 'System has not been booted with systemd' >&2\nexit 1\n");
        const Result<ScheduleInstallation> refused = installSchedule(schedule, QStringLiteral("/usr/bin/true"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(unitDir));
        QVERIFY(refused.errorMessage().contains(QLatin1String("enable --now")));
        QVERIFY(!locationHasSchedule(schedule.location));
        qunsetenv("LBW_SYSTEMD_DIR");
        qunsetenv("LBW_SYSTEMCTL");
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
