#include "schedule/SchedulerDefinitions.h"

#include "schedule/TaskSchedulerXml.h"

#include <QDateTime>
#include <QRegularExpression>

namespace lbw {
namespace {

// A unit's free text (Description=) allows specifiers ("%n"): a plan name
// with a "%" or a line break must not become one.
QString unitText(QString text) {
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    return text.replace(QLatin1Char('%'), QStringLiteral("%%"));
}

// systemd's OnCalendar: "*-*-* 02:30:00", or "Mon,Wed *-*-* 02:30:00".
QString onCalendar(const QList<Qt::DayOfWeek> &days, QTime at) {
    static const char *const names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    QStringList dayNames;
    for (Qt::DayOfWeek day : days)
        dayNames << QString::fromLatin1(names[int(day) - 1]);
    const QString time = at.toString(QStringLiteral("HH:mm:00"));
    if (dayNames.isEmpty())
        return QStringLiteral("*-*-* ") + time;
    return dayNames.join(QLatin1Char(',')) + QStringLiteral(" *-*-* ") + time;
}

// Which exit codes of the command are not a failure of the unit.
enum class UnitKind { Backup, Drill, Watch };

QString successExitStatus(UnitKind kind) {
    switch (kind) {
        case UnitKind::Backup:
            return QStringLiteral(
                "# 3: a set was committed with some errors; the run itself is not a failure.\n"
                "SuccessExitStatus=3\n");
        case UnitKind::Watch:
            return QStringLiteral(
                "# 1 and 2: a warning or a critical location, told by mail; the check worked.\n"
                "SuccessExitStatus=1 2\n");
        case UnitKind::Drill:
            break;
    }
    return QString();
}

QString serviceUnit(const QString &description, const QString &program, const QStringList &arguments, UnitKind kind) {
    QStringList command{systemdQuoted(program)};
    for (const QString &argument : arguments)
        command << systemdQuoted(argument);
    return QStringLiteral(
               "# Written by Lync Backup Wizard (lync-backup schedule install). Remove it with\n"
               "# lync-backup schedule remove, not by hand, so the location forgets it too.\n"
               "[Unit]\n"
               "Description=%1\n"
               "Wants=network-online.target\n"
               "After=network-online.target remote-fs.target\n"
               "\n"
               "[Service]\n"
               "Type=oneshot\n"
               "ExecStart=%2\n"
               "%3"
               "Nice=10\n"
               "IOSchedulingClass=best-effort\n"
               "IOSchedulingPriority=7\n")
        .arg(unitText(description), command.join(QLatin1Char(' ')), successExitStatus(kind));
}

QString timerUnit(const QString &description, const QString &calendar, const QString &service) {
    return QStringLiteral(
               "# Written by Lync Backup Wizard (lync-backup schedule install).\n"
               "[Unit]\n"
               "Description=%1\n"
               "\n"
               "[Timer]\n"
               "OnCalendar=%2\n"
               "# A run missed while the machine was off starts at the next boot.\n"
               "Persistent=true\n"
               "Unit=%3\n"
               "\n"
               "[Install]\n"
               "WantedBy=timers.target\n")
        .arg(unitText(description), calendar, service);
}

}  // namespace

QStringList scheduledBackupArguments(const Schedule &schedule) {
    return {QStringLiteral("backup"), QStringLiteral("--plan"), schedule.planPath};
}

QStringList scheduledDrillArguments(const Schedule &schedule) {
    return {QStringLiteral("drill"), schedule.location};
}

QStringList scheduledWatchArguments(const Schedule &schedule) {
    return {QStringLiteral("status"), QStringLiteral("--plan"), schedule.planPath, QStringLiteral("--notify")};
}

QString scheduledUnitName(const Schedule &schedule) {
    return QStringLiteral("lync-backup-") + schedule.slug();
}

QList<SchedulerFile> systemdUnits(const Schedule &schedule, const QString &program) {
    const QString base = scheduledUnitName(schedule);
    const QList<Qt::DayOfWeek> days = schedule.everyDay() ? QList<Qt::DayOfWeek>{} : schedule.days;
    const QString backup = QStringLiteral("Lync Backup Wizard: backup \"%1\"").arg(schedule.name);
    QList<SchedulerFile> files{
        {base + QStringLiteral(".service"),
         serviceUnit(backup, program, scheduledBackupArguments(schedule), UnitKind::Backup)},
        {base + QStringLiteral(".timer"), timerUnit(backup + QStringLiteral(", ") + schedule.describe(),
                                                    onCalendar(days, schedule.at), base + QStringLiteral(".service"))}};
    if (schedule.weeklyDrill) {
        const QString drill = QStringLiteral("Lync Backup Wizard: restore drill of \"%1\"").arg(schedule.name);
        const QDateTime next = schedule.nextDrill(QDateTime::currentDateTime());
        const Qt::DayOfWeek day = Qt::DayOfWeek(next.date().dayOfWeek());
        files << SchedulerFile{base + QStringLiteral("-drill.service"),
                               serviceUnit(drill, program, scheduledDrillArguments(schedule), UnitKind::Drill)}
              << SchedulerFile{base + QStringLiteral("-drill.timer"),
                               timerUnit(drill, onCalendar({day}, schedule.drillTime()),
                                         base + QStringLiteral("-drill.service"))};
    }
    if (schedule.watch) {
        const QString watch = QStringLiteral("Lync Backup Wizard: hourly check of \"%1\"").arg(schedule.name);
        files << SchedulerFile{base + QStringLiteral("-watch.service"),
                               serviceUnit(watch, program, scheduledWatchArguments(schedule), UnitKind::Watch)}
              << SchedulerFile{base + QStringLiteral("-watch.timer"),
                               timerUnit(watch, QStringLiteral("hourly"), base + QStringLiteral("-watch.service"))};
    }
    return files;
}

QList<SchedulerFile> taskSchedulerTasks(const Schedule &schedule, const QString &program, QDate firstDay) {
    const QString base = scheduledUnitName(schedule);
    TaskDefinition backup;
    backup.uri = taskSchedulerPath(base);
    backup.description =
        QStringLiteral("Lync Backup Wizard: backup \"%1\", %2").arg(schedule.name, schedule.describe());
    backup.start = QDateTime(firstDay, schedule.at);
    backup.days = schedule.everyDay() ? QList<Qt::DayOfWeek>{} : schedule.days;
    backup.program = program;
    backup.arguments = scheduledBackupArguments(schedule);
    QList<SchedulerFile> files{{base + QStringLiteral(".xml"), taskSchedulerXml(backup)}};
    if (schedule.weeklyDrill) {
        TaskDefinition drill;
        drill.uri = taskSchedulerPath(base + QStringLiteral("-drill"));
        drill.description = QStringLiteral("Lync Backup Wizard: restore drill of \"%1\"").arg(schedule.name);
        drill.start = schedule.nextDrill(QDateTime(firstDay, QTime(0, 0)));
        drill.days = {Qt::DayOfWeek(drill.start.date().dayOfWeek())};
        drill.program = program;
        drill.arguments = scheduledDrillArguments(schedule);
        files << SchedulerFile{base + QStringLiteral("-drill.xml"), taskSchedulerXml(drill)};
    }
    if (schedule.watch) {
        TaskDefinition watch;
        watch.uri = taskSchedulerPath(base + QStringLiteral("-watch"));
        watch.description = QStringLiteral("Lync Backup Wizard: hourly check of \"%1\"").arg(schedule.name);
        watch.start = QDateTime(firstDay, QTime(0, 0));
        watch.hourly = true;
        watch.program = program;
        watch.arguments = scheduledWatchArguments(schedule);
        files << SchedulerFile{base + QStringLiteral("-watch.xml"), taskSchedulerXml(watch)};
    }
    return files;
}

QString systemdQuoted(const QString &argument) {
    QString out = QStringLiteral("\"");
    for (const QChar c : argument) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('%'))
            out += QLatin1Char('%');  // a specifier otherwise
        if (c == QLatin1Char('$'))
            out += QLatin1Char('$');  // an environment variable otherwise
        out += c;
    }
    return out + QLatin1Char('"');
}

QString windowsQuoted(const QString &argument) {
    if (!argument.isEmpty() && !argument.contains(QRegularExpression(QStringLiteral("[\\s\"]"))))
        return argument;
    // CommandLineToArgvW: backslashes are literal unless they precede a
    // quote; then each pair is one backslash and an odd one escapes it.
    QString out = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (c == QLatin1Char('"')) {
            out += QString(backslashes * 2 + 1, QLatin1Char('\\'));
            out += c;
        } else {
            out += QString(backslashes, QLatin1Char('\\'));
            out += c;
        }
        backslashes = 0;
    }
    out += QString(backslashes * 2, QLatin1Char('\\'));
    return out + QLatin1Char('"');
}

}  // namespace lbw
