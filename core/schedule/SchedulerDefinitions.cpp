#include "schedule/SchedulerDefinitions.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace lbw {
namespace {

const char kTaskNamespace[] = "http://schemas.microsoft.com/windows/2004/02/mit/task";
const char kTaskFolder[] = "\\Lync Backup Wizard\\";

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

QString taskXml(const QString &uri, const QString &description, const QDateTime &start,
                const QList<Qt::DayOfWeek> &days, const QString &program, const QStringList &arguments,
                bool hourly = false) {
    static const char *const dayElements[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                              "Friday", "Saturday", "Sunday"};
    QByteArray xml;  // as bytes, so the declaration names UTF-8, as schtasks reads it
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(QString::fromLatin1(kTaskNamespace));
    w.writeStartElement(QStringLiteral("Task"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));

    w.writeStartElement(QStringLiteral("RegistrationInfo"));
    w.writeTextElement(QStringLiteral("Author"), QStringLiteral("Lync Backup Wizard"));
    w.writeTextElement(QStringLiteral("Description"), description);
    w.writeTextElement(QStringLiteral("URI"), uri);
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("Triggers"));
    w.writeStartElement(QStringLiteral("CalendarTrigger"));
    // The schema's order (triggerBaseType): Enabled, StartBoundary, Repetition.
    w.writeTextElement(QStringLiteral("Enabled"), QStringLiteral("true"));
    w.writeTextElement(QStringLiteral("StartBoundary"), start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    if (hourly) {
        w.writeStartElement(QStringLiteral("Repetition"));
        w.writeTextElement(QStringLiteral("Interval"), QStringLiteral("PT1H"));
        w.writeTextElement(QStringLiteral("Duration"), QStringLiteral("P1D"));
        w.writeEndElement();
    }
    if (days.isEmpty()) {
        w.writeStartElement(QStringLiteral("ScheduleByDay"));
        w.writeTextElement(QStringLiteral("DaysInterval"), QStringLiteral("1"));
        w.writeEndElement();
    } else {
        w.writeStartElement(QStringLiteral("ScheduleByWeek"));
        w.writeStartElement(QStringLiteral("DaysOfWeek"));
        for (Qt::DayOfWeek day : days)
            w.writeEmptyElement(QString::fromLatin1(dayElements[int(day) - 1]));
        w.writeEndElement();
        w.writeTextElement(QStringLiteral("WeeksInterval"), QStringLiteral("1"));
        w.writeEndElement();
    }
    w.writeEndElement();  // CalendarTrigger
    w.writeEndElement();  // Triggers

    w.writeStartElement(QStringLiteral("Principals"));
    w.writeStartElement(QStringLiteral("Principal"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("Author"));
    // The account and its password come from schtasks /RU /RP: an account
    // that can read the Lync stores and databases, logged on or not.
    w.writeTextElement(QStringLiteral("LogonType"), QStringLiteral("Password"));
    w.writeTextElement(QStringLiteral("RunLevel"), QStringLiteral("HighestAvailable"));
    w.writeEndElement();
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("Settings"));
    w.writeTextElement(QStringLiteral("MultipleInstancesPolicy"), QStringLiteral("IgnoreNew"));
    w.writeTextElement(QStringLiteral("DisallowStartIfOnBatteries"), QStringLiteral("false"));
    w.writeTextElement(QStringLiteral("StopIfGoingOnBatteries"), QStringLiteral("false"));
    w.writeTextElement(QStringLiteral("StartWhenAvailable"), QStringLiteral("true"));
    w.writeTextElement(QStringLiteral("RunOnlyIfNetworkAvailable"), QStringLiteral("false"));
    w.writeTextElement(QStringLiteral("ExecutionTimeLimit"), QStringLiteral("PT72H"));
    w.writeTextElement(QStringLiteral("Enabled"), QStringLiteral("true"));
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("Actions"));
    w.writeAttribute(QStringLiteral("Context"), QStringLiteral("Author"));
    w.writeStartElement(QStringLiteral("Exec"));
    w.writeTextElement(QStringLiteral("Command"), program);
    QStringList quoted;
    for (const QString &argument : arguments)
        quoted << windowsQuoted(argument);
    w.writeTextElement(QStringLiteral("Arguments"), quoted.join(QLatin1Char(' ')));
    w.writeEndElement();
    w.writeEndElement();

    w.writeEndElement();  // Task
    w.writeEndDocument();
    return QString::fromUtf8(xml);
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
    const QList<Qt::DayOfWeek> days = schedule.everyDay() ? QList<Qt::DayOfWeek>{} : schedule.days;
    QList<SchedulerFile> files{
        {base + QStringLiteral(".xml"),
         taskXml(QString::fromLatin1(kTaskFolder) + base,
                 QStringLiteral("Lync Backup Wizard: backup \"%1\", %2").arg(schedule.name, schedule.describe()),
                 QDateTime(firstDay, schedule.at), days, program, scheduledBackupArguments(schedule))}};
    if (schedule.weeklyDrill) {
        const QDateTime next = schedule.nextDrill(QDateTime(firstDay, QTime(0, 0)));
        files << SchedulerFile{
            base + QStringLiteral("-drill.xml"),
            taskXml(QString::fromLatin1(kTaskFolder) + base + QStringLiteral("-drill"),
                    QStringLiteral("Lync Backup Wizard: restore drill of \"%1\"").arg(schedule.name), next,
                    {Qt::DayOfWeek(next.date().dayOfWeek())}, program, scheduledDrillArguments(schedule))};
    }
    if (schedule.watch)
        files << SchedulerFile{
            base + QStringLiteral("-watch.xml"),
            taskXml(QString::fromLatin1(kTaskFolder) + base + QStringLiteral("-watch"),
                    QStringLiteral("Lync Backup Wizard: hourly check of \"%1\"").arg(schedule.name),
                    QDateTime(firstDay, QTime(0, 0)), {}, program, scheduledWatchArguments(schedule), true)};
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
