#include "schedule/TaskSchedulerXml.h"

#include "schedule/SchedulerDefinitions.h"

#include <QStringEncoder>
#include <QXmlStreamWriter>

namespace lbw {
namespace {

const char kTaskNamespace[] = "http://schemas.microsoft.com/windows/2004/02/mit/task";

// XML 1.0 has no way to write C0 controls other than tab, newline and
// carriage return, not even as character references.
QString xmlText(QString text) {
    for (QChar &c : text)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            c = QLatin1Char(' ');
    return text;
}

}  // namespace

QString taskSchedulerPath(const QString &taskName) {
    return QStringLiteral("\\Lync Backup Wizard\\") + taskName;
}

QString taskSchedulerXml(const TaskDefinition &task) {
    static const char *const dayElements[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                              "Friday", "Saturday", "Sunday"};
    // Written to a QString, the declaration names no encoding: the text is
    // printed as UTF-8 (--print) and saved as UTF-16 (taskSchedulerFile).
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(QString::fromLatin1(kTaskNamespace));
    w.writeStartElement(QStringLiteral("Task"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));

    w.writeStartElement(QStringLiteral("RegistrationInfo"));
    w.writeTextElement(QStringLiteral("Author"), QStringLiteral("Lync Backup Wizard"));
    w.writeTextElement(QStringLiteral("Description"), xmlText(task.description));
    w.writeTextElement(QStringLiteral("URI"), task.uri);
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("Triggers"));
    w.writeStartElement(QStringLiteral("CalendarTrigger"));
    // The schema's order (triggerBaseType): Enabled, StartBoundary, Repetition.
    w.writeTextElement(QStringLiteral("Enabled"), QStringLiteral("true"));
    w.writeTextElement(QStringLiteral("StartBoundary"), task.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    if (task.hourly) {
        w.writeStartElement(QStringLiteral("Repetition"));
        w.writeTextElement(QStringLiteral("Interval"), QStringLiteral("PT1H"));
        w.writeTextElement(QStringLiteral("Duration"), QStringLiteral("P1D"));
        w.writeEndElement();
    }
    if (task.days.isEmpty()) {
        w.writeStartElement(QStringLiteral("ScheduleByDay"));
        w.writeTextElement(QStringLiteral("DaysInterval"), QStringLiteral("1"));
        w.writeEndElement();
    } else {
        w.writeStartElement(QStringLiteral("ScheduleByWeek"));
        w.writeStartElement(QStringLiteral("DaysOfWeek"));
        for (Qt::DayOfWeek day : task.days)
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
    w.writeTextElement(QStringLiteral("Command"), task.program);
    QStringList quoted;
    for (const QString &argument : task.arguments)
        quoted << windowsQuoted(argument);
    w.writeTextElement(QStringLiteral("Arguments"), quoted.join(QLatin1Char(' ')));
    w.writeEndElement();
    w.writeEndElement();

    w.writeEndElement();  // Task
    w.writeEndDocument();
    return xml;
}

QByteArray taskSchedulerFile(const QString &xml) {
    QString text = xml;
    const QLatin1String bare("<?xml version=\"1.0\"?>");
    if (text.startsWith(bare))
        text.replace(0, bare.size(), QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?>"));
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder(text);
}

}  // namespace lbw
