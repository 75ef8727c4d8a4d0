// The Windows-only logic that needs no Windows to run, tested where CI runs:
// path kinds, the \\?\ form of long paths, device names, how NTFS compares
// names, FILETIME's limits, and the Task Scheduler definitions and schtasks
// command lines, the XML checked element by element against the Task
// Scheduler 1.2 schema that `schtasks /Create /XML` validates with.
#include "jobs/BackupJob.h"
#include "jobs/RestoreJob.h"
#include "model/BackupPlan.h"
#include "model/Schedule.h"
#include "platform/WindowsPaths.h"
#include "schedule/SchedulerDefinitions.h"
#include "schedule/Schtasks.h"
#include "schedule/TaskSchedulerXml.h"
#include "util/FileTime.h"

#include "TestSupport.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <vector>

using namespace lbw;

Q_DECLARE_METATYPE(lbw::WindowsPathKind)

namespace {

// --- The Task Scheduler schema, the part the definitions use ---------------

const QLatin1String kTaskNamespace("http://schemas.microsoft.com/windows/2004/02/mit/task");

struct XmlNode {
    QString name;
    QString namespaceUri;
    QXmlStreamAttributes attributes;
    QString text;
    std::vector<XmlNode> children;
};

// The document's element tree; `error` says why it could not be read.
XmlNode readTree(QXmlStreamReader &reader, QString *error) {
    XmlNode root;
    std::vector<XmlNode *> open;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            XmlNode node{reader.name().toString(), reader.namespaceUri().toString(), reader.attributes(), {}, {}};
            if (open.empty()) {
                root = std::move(node);
                open.push_back(&root);
            } else {
                open.back()->children.push_back(std::move(node));
                open.push_back(&open.back()->children.back());
            }
        } else if (reader.isEndElement()) {
            open.pop_back();
        } else if (reader.isCharacters() && !reader.isWhitespace() && !open.empty()) {
            open.back()->text += reader.text();
        }
    }
    if (reader.hasError())
        *error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return root;
}

// A complex type of the schema: the children it may have and the ones it
// must have. `ordered` is an xs:sequence: the children come in the order of
// `children`, each once, and names joined by "|" are an xs:choice of one
// slot; otherwise (xs:all, or a choice repeated) any order.
struct ComplexRule {
    bool ordered = false;
    QStringList children;
    QStringList required;
    bool repeats = false;  // a child may come more than once (Triggers, Actions)
};

const QRegularExpression &durationPattern() {
    static const QRegularExpression pattern(
        QStringLiteral("^P(?=.)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"));
    return pattern;
}

using LeafCheck = std::function<bool(const QString &)>;

LeafCheck oneOf(const QStringList &values) {
    return [values](const QString &text) { return values.contains(text); };
}

LeafCheck matches(const QString &pattern) {
    return [re = QRegularExpression(QStringLiteral("^(?:") + pattern + QStringLiteral(")$"))](const QString &text) {
        return re.match(text).hasMatch();
    };
}

LeafCheck numberIn(int low, int high) {
    return [low, high](const QString &text) {
        bool ok = false;
        const int n = text.toInt(&ok);
        return ok && n >= low && n <= high;
    };
}

// [MS-TSCH] 2.5: taskType, registrationInfoType, triggersType,
// calendarTriggerType (after triggerBaseType), repetitionType,
// dailyScheduleType, weeklyScheduleType, daysOfWeekType, principalsType,
// principalType, settingsType (the elements of version 1.2), actionsType,
// execType.
const std::map<QString, ComplexRule> &complexRules() {
    static const QStringList days{QStringLiteral("Monday"),   QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
                                  QStringLiteral("Thursday"), QStringLiteral("Friday"),  QStringLiteral("Saturday"),
                                  QStringLiteral("Sunday")};
    static const std::map<QString, ComplexRule> rules{
        {QStringLiteral("Task"),
         {false,
          {QStringLiteral("RegistrationInfo"), QStringLiteral("Triggers"), QStringLiteral("Settings"),
           QStringLiteral("Data"), QStringLiteral("Principals"), QStringLiteral("Actions")},
          {QStringLiteral("Actions")}}},
        {QStringLiteral("Task/RegistrationInfo"),
         {false,
          {QStringLiteral("URI"), QStringLiteral("SecurityDescriptor"), QStringLiteral("Source"),
           QStringLiteral("Date"), QStringLiteral("Author"), QStringLiteral("Version"), QStringLiteral("Description"),
           QStringLiteral("Documentation")},
          {}}},
        // Other kinds of trigger exist; these definitions use calendar triggers only.
        {QStringLiteral("Task/Triggers"), {false, {QStringLiteral("CalendarTrigger")}, {}, true}},
        {QStringLiteral("Task/Triggers/CalendarTrigger"),
         {true,
          {QStringLiteral("Enabled"), QStringLiteral("StartBoundary"), QStringLiteral("EndBoundary"),
           QStringLiteral("Repetition"), QStringLiteral("ExecutionTimeLimit"), QStringLiteral("RandomDelay"),
           QStringLiteral("ScheduleByDay|ScheduleByWeek|ScheduleByMonth|ScheduleByMonthDayOfWeek")},
          // Task Scheduler refuses a calendar trigger without its start.
          {QStringLiteral("StartBoundary"),
           QStringLiteral("ScheduleByDay|ScheduleByWeek|ScheduleByMonth|ScheduleByMonthDayOfWeek")}}},
        {QStringLiteral("Task/Triggers/CalendarTrigger/Repetition"),
         {false,
          {QStringLiteral("Interval"), QStringLiteral("Duration"), QStringLiteral("StopAtDurationEnd")},
          {QStringLiteral("Interval")}}},
        {QStringLiteral("Task/Triggers/CalendarTrigger/ScheduleByDay"), {false, {QStringLiteral("DaysInterval")}, {}}},
        {QStringLiteral("Task/Triggers/CalendarTrigger/ScheduleByWeek"),
         {false, {QStringLiteral("WeeksInterval"), QStringLiteral("DaysOfWeek")}, {}}},
        {QStringLiteral("Task/Triggers/CalendarTrigger/ScheduleByWeek/DaysOfWeek"), {false, days, {}}},
        {QStringLiteral("Task/Principals"), {true, {QStringLiteral("Principal")}, {QStringLiteral("Principal")}}},
        {QStringLiteral("Task/Principals/Principal"),
         {false,
          {QStringLiteral("UserId"), QStringLiteral("LogonType"), QStringLiteral("GroupId"),
           QStringLiteral("DisplayName"), QStringLiteral("RunLevel")},
          {}}},
        {QStringLiteral("Task/Settings"),
         {false,
          {QStringLiteral("AllowStartOnDemand"), QStringLiteral("RestartOnFailure"),
           QStringLiteral("MultipleInstancesPolicy"), QStringLiteral("DisallowStartIfOnBatteries"),
           QStringLiteral("StopIfGoingOnBatteries"), QStringLiteral("AllowHardTerminate"),
           QStringLiteral("StartWhenAvailable"), QStringLiteral("NetworkProfileName"),
           QStringLiteral("RunOnlyIfNetworkAvailable"), QStringLiteral("WakeToRun"), QStringLiteral("Enabled"),
           QStringLiteral("Hidden"), QStringLiteral("DeleteExpiredTaskAfter"), QStringLiteral("IdleSettings"),
           QStringLiteral("NetworkSettings"), QStringLiteral("ExecutionTimeLimit"), QStringLiteral("Priority"),
           QStringLiteral("RunOnlyIfIdle")},
          {}}},
        {QStringLiteral("Task/Actions"), {false, {QStringLiteral("Exec")}, {QStringLiteral("Exec")}, true}},
        {QStringLiteral("Task/Actions/Exec"),
         {true,
          {QStringLiteral("Command"), QStringLiteral("Arguments"), QStringLiteral("WorkingDirectory")},
          {QStringLiteral("Command")}}},
    };
    return rules;
}

const std::map<QString, LeafCheck> &leafRules() {
    static const LeafCheck boolean = oneOf({QStringLiteral("true"), QStringLiteral("false")});
    static const LeafCheck duration = [](const QString &text) { return durationPattern().match(text).hasMatch(); };
    static const LeafCheck text = [](const QString &) { return true; };
    static const LeafCheck nonEmpty = [](const QString &value) { return !value.isEmpty(); };
    static const LeafCheck empty = [](const QString &value) { return value.isEmpty(); };
    static const QString trigger = QStringLiteral("Task/Triggers/CalendarTrigger/");
    static const std::map<QString, LeafCheck> rules{
        {QStringLiteral("Task/RegistrationInfo/URI"), matches(QStringLiteral("\\\\[^\\\\].*"))},
        {QStringLiteral("Task/RegistrationInfo/Author"), text},
        {QStringLiteral("Task/RegistrationInfo/Description"), text},
        {trigger + QStringLiteral("Enabled"), boolean},
        // xs:dateTime without a zone: the computer's local time.
        {trigger + QStringLiteral("StartBoundary"),
         matches(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"))},
        {trigger + QStringLiteral("Repetition/Interval"), duration},
        {trigger + QStringLiteral("Repetition/Duration"), duration},
        {trigger + QStringLiteral("ScheduleByDay/DaysInterval"), numberIn(1, 365)},
        {trigger + QStringLiteral("ScheduleByWeek/WeeksInterval"), numberIn(1, 52)},
        {QStringLiteral("Task/Principals/Principal/LogonType"),
         oneOf({QStringLiteral("S4U"), QStringLiteral("Password"), QStringLiteral("InteractiveToken"),
                QStringLiteral("InteractiveTokenOrPassword")})},
        {QStringLiteral("Task/Principals/Principal/RunLevel"),
         oneOf({QStringLiteral("LeastPrivilege"), QStringLiteral("HighestAvailable")})},
        {QStringLiteral("Task/Settings/MultipleInstancesPolicy"),
         oneOf({QStringLiteral("Parallel"), QStringLiteral("Queue"), QStringLiteral("IgnoreNew"),
                QStringLiteral("StopExisting")})},
        {QStringLiteral("Task/Settings/DisallowStartIfOnBatteries"), boolean},
        {QStringLiteral("Task/Settings/StopIfGoingOnBatteries"), boolean},
        {QStringLiteral("Task/Settings/StartWhenAvailable"), boolean},
        {QStringLiteral("Task/Settings/RunOnlyIfNetworkAvailable"), boolean},
        {QStringLiteral("Task/Settings/ExecutionTimeLimit"), duration},
        {QStringLiteral("Task/Settings/Enabled"), boolean},
        {QStringLiteral("Task/Actions/Exec/Command"), nonEmpty},
        {QStringLiteral("Task/Actions/Exec/Arguments"), text},
    };
    static const std::map<QString, LeafCheck> withDays = [] {
        std::map<QString, LeafCheck> all = rules;
        for (const char *day : {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
            all.emplace(trigger + QStringLiteral("ScheduleByWeek/DaysOfWeek/") + QLatin1String(day), empty);
        return all;
    }();
    return withDays;
}

void checkNode(const XmlNode &node, const QString &path, QStringList &problems) {
    if (node.namespaceUri != kTaskNamespace)
        problems << path + QStringLiteral(": outside the task namespace");
    if (const auto leaf = leafRules().find(path); leaf != leafRules().end()) {
        if (!node.children.empty())
            problems << path + QStringLiteral(": has elements inside a value");
        else if (!leaf->second(node.text))
            problems << path + QStringLiteral(": \"") + node.text + QStringLiteral("\" is not a valid value");
        return;
    }
    const auto rule = complexRules().find(path);
    if (rule == complexRules().end()) {
        problems << path + QStringLiteral(": not an element of the schema here");
        return;
    }
    auto slotOf = [&](const QString &name) -> qsizetype {
        for (qsizetype i = 0; i < rule->second.children.size(); ++i)
            if (rule->second.children[i].split(QLatin1Char('|')).contains(name))
                return i;
        return -1;
    };
    qsizetype lastSlot = -1;
    QSet<qsizetype> seen;
    for (const XmlNode &child : node.children) {
        const QString childPath = path + QLatin1Char('/') + child.name;
        const qsizetype slot = slotOf(child.name);
        if (slot < 0) {
            problems << childPath + QStringLiteral(": not allowed in ") + path;
            continue;
        }
        if (seen.contains(slot) && !rule->second.repeats)
            problems << childPath + QStringLiteral(": given twice");
        if (rule->second.ordered && slot < lastSlot)
            problems << childPath + QStringLiteral(": out of the schema's order");
        seen.insert(slot);
        lastSlot = slot;
        checkNode(child, childPath, problems);
    }
    for (const QString &required : rule->second.required)
        if (!seen.contains(slotOf(required.section(QLatin1Char('|'), 0, 0))))
            problems << path + QStringLiteral(": lacks ") + required;
}

// Every way `xml` departs from the schema; empty when schtasks would take it.
QStringList schemaProblems(const QString &xml) {
    QXmlStreamReader reader(xml);
    QString error;
    const XmlNode task = readTree(reader, &error);
    if (!error.isEmpty())
        return {error};
    if (task.name != QLatin1String("Task"))
        return {QStringLiteral("the root is ") + task.name + QStringLiteral(", not Task")};
    QStringList problems;
    checkNode(task, QStringLiteral("Task"), problems);
    // The versions of the schema: 1.2 is Windows Server 2008 R2 and later.
    const QString version = task.attributes.value(QLatin1String("version")).toString();
    if (!QStringList{QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.3"), QStringLiteral("1.4")}
             .contains(version))
        problems << QStringLiteral("Task: version \"") + version + QStringLiteral("\"");
    // Actions' Context names a principal (xs:keyref ContextKeyRef).
    QString context;
    QStringList principals;
    for (const XmlNode &part : task.children) {
        if (part.name == QLatin1String("Actions"))
            context = part.attributes.value(QLatin1String("Context")).toString();
        if (part.name == QLatin1String("Principals"))
            for (const XmlNode &principal : part.children)
                principals << principal.attributes.value(QLatin1String("id")).toString();
    }
    if (!context.isEmpty() && !principals.contains(context))
        problems << QStringLiteral("Actions: Context \"") + context + QStringLiteral("\" names no principal");
    return problems;
}

// The text of the first element at `path` ("Task/Actions/Exec/Command").
QString valueAt(const QString &xml, const QString &path) {
    QXmlStreamReader reader(xml);
    QString error;
    const XmlNode *node = nullptr;
    const XmlNode task = readTree(reader, &error);
    node = &task;
    for (const QString &name : path.split(QLatin1Char('/')).mid(1)) {
        const auto child = std::find_if(node->children.begin(), node->children.end(),
                                        [&](const XmlNode &candidate) { return candidate.name == name; });
        if (child == node->children.end())
            return QStringLiteral("<missing>");
        node = &*child;
    }
    return node->text;
}

Schedule windowsSchedule() {
    Schedule schedule;
    schedule.name = QStringLiteral("Produção: Lync \"SE\" 100%");
    schedule.planPath = QStringLiteral("C:\\ProgramData\\Lync Backup Wizard\\planos\\produção.json");
    schedule.location = QStringLiteral("\\\\bk01\\lync backups\\");
    schedule.at = QTime(2, 30);
    return schedule;
}

const QString kProgram = QStringLiteral("C:\\Program Files\\Lync Backup Wizard\\lync-backup.exe");

// A path of `length` characters below `root`, of folders named "pasta-NN".
QString longPath(const QString &root, qsizetype length) {
    QString path = root;
    for (int i = 0; path.size() < length; ++i)
        path += QStringLiteral("\\pasta-%1").arg(i % 100, 2, 10, QLatin1Char('0'));
    path.truncate(length);
    if (path.endsWith(QLatin1Char('\\')))
        path.back() = QLatin1Char('x');
    return path;
}

}  // namespace

class TestWindowsLogic : public QObject {
    Q_OBJECT

private slots:
    void pathKinds_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<WindowsPathKind>("kind");
        QTest::addColumn<bool>("full");
        QTest::newRow("drive") << QStringLiteral("C:\\Lync\\backups") << WindowsPathKind::Drive << true;
        QTest::newRow("drive, forward slashes") << QStringLiteral("d:/x") << WindowsPathKind::Drive << true;
        QTest::newRow("drive root") << QStringLiteral("C:\\") << WindowsPathKind::Drive << true;
        QTest::newRow("drive-relative") << QStringLiteral("C:Lync") << WindowsPathKind::DriveRelative << false;
        QTest::newRow("drive alone") << QStringLiteral("C:") << WindowsPathKind::DriveRelative << false;
        QTest::newRow("root-relative") << QStringLiteral("\\Lync") << WindowsPathKind::RootRelative << false;
        QTest::newRow("root-relative, slash") << QStringLiteral("/srv/lync") << WindowsPathKind::RootRelative << false;
        QTest::newRow("relative") << QStringLiteral("backups\\x") << WindowsPathKind::Relative << false;
        QTest::newRow("empty") << QString() << WindowsPathKind::Relative << false;
        QTest::newRow("not a drive letter") << QStringLiteral("é:\\x") << WindowsPathKind::Relative << false;
        QTest::newRow("share") << QStringLiteral("\\\\bk01\\lync\\x") << WindowsPathKind::Unc << true;
        QTest::newRow("share, slashes") << QStringLiteral("//bk01/lync") << WindowsPathKind::Unc << true;
        QTest::newRow("extended drive") << QStringLiteral("\\\\?\\C:\\x") << WindowsPathKind::Device << true;
        QTest::newRow("extended share") << QStringLiteral("\\\\?\\UNC\\bk01\\lync") << WindowsPathKind::Device << true;
        QTest::newRow("device") << QStringLiteral("\\\\.\\pipe\\x") << WindowsPathKind::Device << true;
        QTest::newRow("NT form") << QStringLiteral("\\??\\C:\\x") << WindowsPathKind::Device << true;
    }
    void pathKinds() {
        QFETCH(QString, path);
        QFETCH(WindowsPathKind, kind);
        QFETCH(bool, full);
        QCOMPARE(windowsPathKind(path), kind);
        QCOMPARE(isWindowsFullPath(path), full);
    }

    void shortPathsKeepTheirForm() {
        QCOMPARE(windowsApiPath(QStringLiteral("C:/Lync/backups/2026-11-24T031500Z")),
                 QStringLiteral("C:\\Lync\\backups\\2026-11-24T031500Z"));
        QCOMPARE(windowsApiPath(QStringLiteral("//bk01/lync/a/../b")), QStringLiteral("\\\\bk01\\lync\\a\\..\\b"));
        const QString limit = longPath(QStringLiteral("C:"), kWindowsShortPathLimit - 1);
        QCOMPARE(windowsApiPath(limit), limit);
    }

    void longDrivePathsTakeTheExtendedForm() {
        const QString path = longPath(QStringLiteral("C:"), kWindowsShortPathLimit);
        const QString api = windowsApiPath(path);
        QCOMPARE(api, QStringLiteral("\\\\?\\") + path);
        QVERIFY(!api.contains(QLatin1Char('/')));
        // The same with forward slashes, "." and ".." (which \\?\ would take
        // literally) and a trailing separator.
        QString spelled = path;
        spelled.replace(QLatin1Char('\\'), QLatin1Char('/'));
        spelled.insert(3, QStringLiteral("./extra/../"));
        spelled += QLatin1Char('/');
        QCOMPARE(windowsApiPath(spelled), api);
        // ".." never climbs above the drive.
        QVERIFY(windowsApiPath(longPath(QStringLiteral("D:\\..\\..\\x"), 300))
                    .startsWith(QLatin1String("\\\\?\\D:\\x\\pasta-00\\")));
    }

    void longSharePathsTakeTheUncExtendedForm() {
        const QString path = longPath(QStringLiteral("\\\\bk01.contoso.com\\lync backups"), 400);
        QCOMPARE(windowsApiPath(path), QStringLiteral("\\\\?\\UNC\\") + path.mid(2));
        QString spelled = path;
        spelled.replace(QLatin1Char('\\'), QLatin1Char('/'));
        QCOMPARE(windowsApiPath(spelled), QStringLiteral("\\\\?\\UNC\\") + path.mid(2));
        // The share is the root: ".." stays below it.
        const QString climbing = longPath(QStringLiteral("\\\\bk01\\lync\\..\\..\\outra"), kWindowsShortPathLimit + 10);
        QVERIFY(windowsApiPath(climbing).startsWith(QLatin1String("\\\\?\\UNC\\bk01\\lync\\outra\\pasta")));
        // No share name: left as it was, for the call to refuse.
        const QString noShare = QStringLiteral("\\\\") + QString(300, QLatin1Char('s'));
        QCOMPARE(windowsApiPath(noShare), noShare);
    }

    void longRelativeAndDevicePathsAreLeftAlone() {
        const QString relative = longPath(QStringLiteral("backups"), 300);
        QCOMPARE(windowsApiPath(relative), relative);
        const QString driveRelative = longPath(QStringLiteral("C:backups"), 300);
        QCOMPARE(windowsApiPath(driveRelative), driveRelative);
        const QString extended = longPath(QStringLiteral("\\\\?\\C:"), 300);
        QCOMPARE(windowsApiPath(extended), extended);
        QCOMPARE(windowsApiPath(windowsApiPath(longPath(QStringLiteral("E:"), 300))),
                 windowsApiPath(longPath(QStringLiteral("E:"), 300)));
    }

    void deviceNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("device");
        for (const char *name : {"CON", "con", "Prn", "AUX", "NUL", "nul.txt", "NUL.tar.gz", "com1", "COM9", "LPT1.log",
                                 "con ", "CONIN$", "conout$"})
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        QTest::newRow("COM superscript 1") << QStringLiteral("COM\u00B9") << true;
        QTest::newRow("LPT superscript 3") << QStringLiteral("lpt\u00B3.txt") << true;
        for (const char *name :
             {"CONSOLE", "con-1", "xcon", "COM10", "COM0", "LPT", "nul_", "aux2.txt", "reunião", ".con", ""})
            QTest::newRow(name[0] ? name : "empty") << QString::fromUtf8(name) << false;
    }
    void deviceNames() {
        QFETCH(QString, name);
        QFETCH(bool, device);
        QCOMPARE(isWindowsDeviceName(name), device);
    }

    void deviceNamesAnywhereInAPathAreNamed() {
        QVERIFY(windowsDeviceNameProblem(QStringLiteral("1-WebServices-1/reunião/conteúdo.pptx")).isEmpty());
        const QString problem = windowsDeviceNameProblem(QStringLiteral("1-WebServices-1/aux/ata.docx"));
        QVERIFY(problem.contains(QLatin1String("aux")));
        QVERIFY(!windowsDeviceNameProblem(QStringLiteral("x/y/Com3.bak")).isEmpty());
    }

    void caseKeysFollowNtfs_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("collide");
        QTest::newRow("ASCII") << QStringLiteral("Atas/Ata.docx") << QStringLiteral("ATAS/ata.DOCX") << true;
        QTest::newRow("accents") << QStringLiteral("reunião/ção") << QStringLiteral("REUNIÃO/ÇÃO") << true;
        QTest::newRow("Greek sigmas") << QStringLiteral("σς") << QStringLiteral("ΣΣ") << true;
        QTest::newRow("titlecase digraph") << QStringLiteral("\u01C5") << QStringLiteral("\u01C6") << true;
        // One character never becomes two on NTFS, unlike full case folding.
        QTest::newRow("sharp s") << QStringLiteral("straße") << QStringLiteral("STRASSE") << false;
        QTest::newRow("capital sharp s") << QStringLiteral("ß") << QStringLiteral("\u1E9E") << false;
        QTest::newRow("Kelvin sign") << QStringLiteral("k") << QStringLiteral("\u212A") << false;
        QTest::newRow("different names") << QStringLiteral("a.txt") << QStringLiteral("b.txt") << false;
        // Outside the Basic Multilingual Plane NTFS compares the units as they are.
        QTest::newRow("Deseret") << QStringLiteral("\U00010428") << QStringLiteral("\U00010400") << false;
    }
    void caseKeysFollowNtfs() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, collide);
        QCOMPARE(windowsCaseKey(a) == windowsCaseKey(b), collide);
        QCOMPARE(windowsCaseKey(a).size(), a.size());
    }

    void restoreReportsNamesThatCollideOnNtfsOnly() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        test::writeFile(store + QStringLiteral("/reunião/Ata.docx"), "1");
        test::writeFile(store + QStringLiteral("/REUNIÃO/ata.docx"), "2");
        test::writeFile(store + QStringLiteral("/straße.txt"), "3");
        test::writeFile(store + QStringLiteral("/STRASSE.txt"), "4");
        // Case folding would join these two; NTFS keeps them apart.
        test::writeFile(store + QStringLiteral("/k.txt"), "5");
        test::writeFile(store + QStringLiteral("/\u212A.txt"), "6");
        BackupPlan plan;
        plan.location = dir.filePath(QStringLiteral("backups"));
        plan.items = {{QStringLiteral("filestore"), QStringLiteral("s"), store}};
        const BackupReport backup = BackupJob(plan).run(nullptr, {});
        QVERIFY(!backup.setPath.isEmpty());
        const RestoreReport report =
            RestoreJob({backup.setPath, {}, {{QStringLiteral("s"), dir.filePath(QStringLiteral("r"))}}})
                .run(nullptr, {});
        QVERIFY(report.allRestored());
        const QString notes = report.items.first().notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("reunião")) && notes.contains(QStringLiteral("REUNIÃO")),
                 qPrintable(notes));
        QVERIFY2(!notes.contains(QLatin1String("STRASSE")), qPrintable(notes));
        QVERIFY2(!notes.contains(QChar(0x212A)), qPrintable(notes));
    }

    void fileTimesStayInWindowsRange() {
        // 2026-11-24T03:15:00.1234567Z, as Windows counts it.
        const qint64 unix = QDateTime(QDate(2026, 11, 24), QTime(3, 15), Qt::UTC).toSecsSinceEpoch();
        const quint64 ticks = quint64(unix + kWindowsEpochDeltaSeconds) * 10'000'000ULL + 1'234'567ULL;
        QCOMPARE(windowsTicksFromFileTime(FileTime{unix, 123'456'789}), ticks);
        QCOMPARE(fileTimeFromWindowsTicks(ticks), (FileTime{unix, 123'456'700}));
        // The latest time Windows takes, and every later one clamped to it
        // (all bits set would tell SetFileTime to leave the time alone).
        const FileTime latest = fileTimeFromWindowsTicks(kMaxWindowsTicks);
        QCOMPARE(windowsTicksFromFileTime(latest), kMaxWindowsTicks);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(latest.seconds, Qt::UTC).date().year(), 30828);
        QCOMPARE(windowsTicksFromFileTime(FileTime{latest.seconds + 1, 0}), kMaxWindowsTicks);
        QCOMPARE(windowsTicksFromFileTime(FileTime{latest.seconds, 999'999'999}), kMaxWindowsTicks);
        QCOMPARE(windowsTicksFromFileTime(FileTime{std::numeric_limits<qint64>::max(), 999'999'999}), kMaxWindowsTicks);
        QCOMPARE(windowsTicksFromFileTime(FileTime{std::numeric_limits<qint64>::min(), 0}), 0ULL);
        QCOMPARE(windowsTicksFromFileTime(FileTime{-kWindowsEpochDeltaSeconds, 99}), 0ULL);
    }

    void taskDefinitionsFollowTheSchema() {
        Schedule schedule = windowsSchedule();
        for (const QList<Qt::DayOfWeek> &days :
             {QList<Qt::DayOfWeek>{}, QList<Qt::DayOfWeek>{Qt::Monday, Qt::Wednesday, Qt::Friday}}) {
            schedule.days = days;
            schedule.weeklyDrill = true;
            schedule.watch = true;
            const QList<SchedulerFile> tasks = taskSchedulerTasks(schedule, kProgram, QDate(2026, 11, 30));
            QCOMPARE(tasks.size(), 3);
            for (const SchedulerFile &task : tasks) {
                const QStringList problems = schemaProblems(task.text);
                QVERIFY2(problems.isEmpty(),
                         qPrintable(task.name + QLatin1String(":\n") + problems.join(QLatin1Char('\n'))));
                QCOMPARE(valueAt(task.text, QStringLiteral("Task/Actions/Exec/Command")), kProgram);
                QCOMPARE(valueAt(task.text, QStringLiteral("Task/Settings/StartWhenAvailable")),
                         QStringLiteral("true"));
            }
            QCOMPARE(
                test::splitWindowsCommandLine(valueAt(tasks[0].text, QStringLiteral("Task/Actions/Exec/Arguments"))),
                (QStringList{QStringLiteral("backup"), QStringLiteral("--plan"), schedule.planPath}));
            QCOMPARE(
                test::splitWindowsCommandLine(valueAt(tasks[1].text, QStringLiteral("Task/Actions/Exec/Arguments"))),
                (QStringList{QStringLiteral("drill"), schedule.location}));
            QCOMPARE(valueAt(tasks[2].text, QStringLiteral("Task/Triggers/CalendarTrigger/Repetition/Interval")),
                     QStringLiteral("PT1H"));
        }
    }

    void theSchemaCheckCatchesWhatSchtasksRefuses() {
        const QString good = taskSchedulerTasks(windowsSchedule(), kProgram, QDate(2026, 11, 30)).first().text;
        QVERIFY(schemaProblems(good).isEmpty());
        // triggerBaseType is a sequence: StartBoundary after Enabled.
        QString swapped = good;
        const QRegularExpression enabled(
            QStringLiteral("(\\s*<Enabled>true</Enabled>)(\\s*<StartBoundary>[^<]*</"
                           "StartBoundary>)"));
        swapped.replace(enabled, QStringLiteral("\\2\\1"));
        QVERIFY(swapped != good);
        QVERIFY(!schemaProblems(swapped).isEmpty());
        QString noCommand = good;
        noCommand.remove(QRegularExpression(QStringLiteral("<Command>[^<]*</Command>")));
        QVERIFY(!schemaProblems(noCommand).isEmpty());
        QString badLogon = good;
        badLogon.replace(QLatin1String(">Password<"), QLatin1String(">Senha<"));
        QVERIFY(!schemaProblems(badLogon).isEmpty());
        QString unknown = good;
        unknown.replace(QLatin1String("<Settings>"), QLatin1String("<Settings>\n    <Volume>11</Volume>"));
        QVERIFY(!schemaProblems(unknown).isEmpty());
    }

    void controlCharactersNeverBreakTheXml() {
        Schedule schedule = windowsSchedule();
        schedule.name = QStringLiteral("noite\x01\x1b[31m\ttarde");
        const QString xml = taskSchedulerTasks(schedule, kProgram, QDate(2026, 11, 30)).first().text;
        QVERIFY2(schemaProblems(xml).isEmpty(), qPrintable(schemaProblems(xml).join(QLatin1Char('\n'))));
        QVERIFY(
            valueAt(xml, QStringLiteral("Task/RegistrationInfo/Description")).contains(QLatin1String("noite  [31m")));
    }

    void theTaskFileIsUtf16AsSchtasksReadsIt() {
        const SchedulerFile task = taskSchedulerTasks(windowsSchedule(), kProgram, QDate(2026, 11, 30)).first();
        // The printed text names no encoding: printed, it is UTF-8.
        QVERIFY(task.text.startsWith(QLatin1String("<?xml version=\"1.0\"?>")));
        const QByteArray file = taskSchedulerFile(task.text);
        QVERIFY(file.startsWith(QByteArray("\xFF\xFE<\0?\0x\0m\0l\0", 12)));
        QStringDecoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::Stateless);
        const QString decoded = utf16(file.mid(2));
        QVERIFY(!utf16.hasError());
        QVERIFY(decoded.startsWith(QLatin1String("<?xml version=\"1.0\" encoding=\"UTF-16\"?>")));
        QCOMPARE(decoded.mid(decoded.indexOf(QLatin1Char('>')) + 1),
                 task.text.mid(task.text.indexOf(QLatin1Char('>')) + 1));
        // An XML reader given the bytes alone finds the encoding, and the
        // accents of the plan's name and path come back whole.
        QXmlStreamReader reader(file);
        QString error;
        const XmlNode tree = readTree(reader, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(tree.name, QStringLiteral("Task"));
        QVERIFY(decoded.contains(QStringLiteral("Produção: Lync &quot;SE&quot; 100%")) ||
                decoded.contains(QStringLiteral("Produção: Lync \"SE\" 100%")));
        QVERIFY(decoded.contains(QStringLiteral("produção.json")));
    }

    void schtasksGetsTheDefinitionsOwnName() {
        const Schedule schedule = windowsSchedule();
        const QList<SchedulerFile> tasks = taskSchedulerTasks(schedule, kProgram, QDate(2026, 11, 30));
        const QString name = scheduledUnitName(schedule);
        QCOMPARE(taskSchedulerPath(name), QStringLiteral("\\Lync Backup Wizard\\") + name);
        QCOMPARE(valueAt(tasks.first().text, QStringLiteral("Task/RegistrationInfo/URI")), taskSchedulerPath(name));
        QCOMPARE(schtasksCreateArguments(taskSchedulerPath(name),
                                         QStringLiteral("C:/Users/adm/AppData/Local/Temp/t.xml"), {}),
                 (QStringList{QStringLiteral("/Create"), QStringLiteral("/TN"), taskSchedulerPath(name),
                              QStringLiteral("/XML"), QStringLiteral("C:\\Users\\adm\\AppData\\Local\\Temp\\t.xml"),
                              QStringLiteral("/F")}));
        QCOMPARE(schtasksCreateArguments(taskSchedulerPath(name), QStringLiteral("C:\\t.xml"),
                                         QStringLiteral("CONTOSO\\svc-lyncbackup"))
                     .mid(6),
                 (QStringList{QStringLiteral("/RU"), QStringLiteral("CONTOSO\\svc-lyncbackup"), QStringLiteral("/RP"),
                              QStringLiteral("*")}));
        QCOMPARE(schtasksDeleteArguments(taskSchedulerPath(name + QStringLiteral("-drill"))),
                 (QStringList{QStringLiteral("/Delete"), QStringLiteral("/TN"),
                              QStringLiteral("\\Lync Backup Wizard\\") + name + QStringLiteral("-drill"),
                              QStringLiteral("/F")}));
    }
};

QTEST_GUILESS_MAIN(TestWindowsLogic)
#include "tst_windowslogic.moc"
