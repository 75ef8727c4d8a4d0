#include "sample/SampleDeployment.h"

#include "model/BackupPlan.h"
#include "sample/SampleTopology.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <random>

namespace lbw {
namespace {

const char *const kDatabases[] = {"xds", "lis", "rtcxds", "rgsconfig", "LcsCDR", "QoEMetrics"};

// Schemas modelled on the real Lync databases (names of tables and their
// key columns), small enough to create in a blink.
const char *schemaOf(const QString &db) {
    if (db == QLatin1String("xds"))
        return "CREATE TABLE Document(DocId INTEGER PRIMARY KEY, Name TEXT NOT NULL, Version INTEGER, Data BLOB);"
               "CREATE TABLE Item(ItemId INTEGER PRIMARY KEY, DocId INTEGER REFERENCES Document, Scope TEXT, "
               "Setting TEXT, Value TEXT);";
    if (db == QLatin1String("lis"))
        return "CREATE TABLE Locations(LocationId INTEGER PRIMARY KEY, Location TEXT, CompanyName TEXT, "
               "HouseNumber TEXT, StreetName TEXT, City TEXT, State TEXT, Country TEXT, PostalCode TEXT);"
               "CREATE TABLE Subnets(Subnet TEXT PRIMARY KEY, LocationId INTEGER REFERENCES Locations);"
               "CREATE TABLE Switches(ChassisId TEXT PRIMARY KEY, LocationId INTEGER REFERENCES Locations);";
    if (db == QLatin1String("rtcxds"))
        return "CREATE TABLE Resource(ResourceId INTEGER PRIMARY KEY, UserAtHost TEXT UNIQUE, DisplayName TEXT);"
               "CREATE TABLE ContactGroup(GroupId INTEGER, ResourceId INTEGER REFERENCES Resource, Name TEXT, "
               "PRIMARY KEY(ResourceId, GroupId));"
               "CREATE TABLE Contact(ResourceId INTEGER REFERENCES Resource, ContactResourceId INTEGER, "
               "GroupId INTEGER, DisplayName TEXT);"
               "CREATE TABLE Conference(ConfId TEXT PRIMARY KEY, OrganizerId INTEGER REFERENCES Resource, "
               "Title TEXT, ExpiryTime TEXT);";
    if (db == QLatin1String("rgsconfig"))
        return "CREATE TABLE Workflows(WorkflowId INTEGER PRIMARY KEY, Name TEXT, PrimaryUri TEXT, "
               "Language TEXT, Active INTEGER);"
               "CREATE TABLE Queues(QueueId INTEGER PRIMARY KEY, Name TEXT, TimeoutSeconds INTEGER);"
               "CREATE TABLE AgentGroups(GroupId INTEGER PRIMARY KEY, Name TEXT, RoutingMethod TEXT, "
               "QueueId INTEGER REFERENCES Queues);";
    if (db == QLatin1String("LcsCDR"))
        return "CREATE TABLE Users(UserId INTEGER PRIMARY KEY, UserUri TEXT UNIQUE);"
               "CREATE TABLE SessionDetails(SessionIdTime TEXT, SessionIdSeq INTEGER, User1Id INTEGER, "
               "User2Id INTEGER, MediaTypes INTEGER, SessionEndTime TEXT, PRIMARY KEY(SessionIdTime, SessionIdSeq));"
               "CREATE TABLE Dialogs(DialogId INTEGER PRIMARY KEY, SessionIdTime TEXT, SessionIdSeq INTEGER, "
               "ResponseCode INTEGER);";
    return "CREATE TABLE Session(ConferenceDateTime TEXT, SessionSeq INTEGER, StartTime TEXT, EndTime TEXT, "
           "CallerUserId INTEGER, CalleeUserId INTEGER, PRIMARY KEY(ConferenceDateTime, SessionSeq));"
           "CREATE TABLE AudioStream(ConferenceDateTime TEXT, SessionSeq INTEGER, StreamId INTEGER, "
           "JitterInterArrival INTEGER, PacketLossRate REAL, DegradationAvg REAL);";
}

const char *const kFirstNames[] = {"João",      "Maria", "José",    "Ana",       "Antônio", "Francisca",
                                   "Conceição", "Luís",  "Beatriz", "Sebastião", "Lúcia",   "Fábio"};
const char *const kLastNames[] = {"da Silva", "Gonçalves", "Araújo",    "Simões",   "Magalhães",
                                  "Brandão",  "Conceição", "Guimarães", "Assunção", "Lopes"};
const char *const kTitles[] = {"Reunião de Planejamento",          "Revisão do Orçamento", "Apresentação Trimestral",
                               "Integração de Novos Funcionários", "Comitê de Segurança",  "Atualização do Projeto"};

class SampleRandom {
public:
    explicit SampleRandom(quint32 seed) : m_generator(seed) {}
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_generator); }
    template <typename T, size_t N>
    const T &pick(const T (&items)[N]) {
        return items[size_t(between(0, int(N) - 1))];
    }
    QString person() {
        return QString::fromUtf8(pick(kFirstNames)) + QLatin1Char(' ') + QString::fromUtf8(pick(kLastNames));
    }
    QByteArray bytes(qint64 size, bool text) {
        QByteArray data(size, Qt::Uninitialized);
        if (text) {
            const QByteArray line = QStringLiteral("Ata da reunião: decisões, ações e responsáveis. ").toUtf8();
            for (qint64 i = 0; i < size; ++i)
                data[i] = line.at(i % line.size());
            return data;
        }
        std::mt19937_64 words(m_generator());
        qint64 i = 0;
        for (; i + 8 <= size; i += 8) {
            const quint64 word = words();
            memcpy(data.data() + i, &word, 8);
        }
        for (; i < size; ++i)
            data[i] = char(words());
        return data;
    }

private:
    std::mt19937 m_generator;
};

Status exec(sqlite3 *db, const char *sql) {
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return Error{text};
    }
    return {};
}

// Fills every table with rows: a few hundred to a few thousand.
Status fillTables(sqlite3 *db, SampleRandom &random) {
    sqlite3_stmt *tables = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type='table'", -1, &tables, nullptr);
    QStringList names;
    while (sqlite3_step(tables) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(tables, 0)));
    sqlite3_finalize(tables);
    for (const QString &table : names) {
        sqlite3_stmt *info = nullptr;
        const QByteArray pragma = QStringLiteral("PRAGMA table_info(%1)").arg(table).toUtf8();
        sqlite3_prepare_v2(db, pragma.constData(), -1, &info, nullptr);
        QStringList types;
        while (sqlite3_step(info) == SQLITE_ROW)
            types << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info, 2)));
        sqlite3_finalize(info);
        const QString placeholders = QStringList(types.size(), QStringLiteral("?")).join(QLatin1Char(','));
        const QByteArray insert =
            QStringLiteral("INSERT OR IGNORE INTO %1 VALUES(%2)").arg(table, placeholders).toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, insert.constData(), -1, &statement, nullptr) != SQLITE_OK)
            return Error{QString::fromUtf8(sqlite3_errmsg(db))};
        const int rows = random.between(300, 3000);
        for (int row = 1; row <= rows; ++row) {
            for (int column = 0; column < types.size(); ++column) {
                const QString &type = types.at(column);
                if (column == 0 && type == QLatin1String("INTEGER")) {
                    sqlite3_bind_int(statement, 1, row);
                } else if (type == QLatin1String("INTEGER")) {
                    sqlite3_bind_int(statement, column + 1, random.between(0, 100000));
                } else if (type == QLatin1String("REAL")) {
                    sqlite3_bind_double(statement, column + 1, random.between(0, 10000) / 100.0);
                } else if (type == QLatin1String("BLOB")) {
                    const QByteArray blob = random.bytes(random.between(64, 2048), false);
                    sqlite3_bind_blob(statement, column + 1, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
                } else {
                    const QString text = column <= 1 ? QStringLiteral("%1 %2").arg(random.person()).arg(row)
                                                     : QString::fromUtf8(random.pick(kTitles));
                    const QByteArray utf8 = text.toUtf8();
                    sqlite3_bind_text(statement, column + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                }
            }
            if (sqlite3_step(statement) != SQLITE_DONE) {
                sqlite3_finalize(statement);
                return Error{QString::fromUtf8(sqlite3_errmsg(db))};
            }
            sqlite3_reset(statement);
        }
        sqlite3_finalize(statement);
    }
    return {};
}

Status createDatabase(const QString &path, const QString &name, SampleRandom &random) {
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return Error{
            QCoreApplication::translate("SampleDeployment", "Cannot create the sample database %1.").arg(path)};
    }
    Status status = exec(db, "BEGIN");
    if (status)
        status = exec(db, schemaOf(name));
    if (status)
        status = fillTables(db, random);
    if (status)
        status = exec(db, "COMMIT");
    sqlite3_close(db);
    if (!status)
        return Error{QCoreApplication::translate("SampleDeployment", "Cannot fill the sample database %1: %2")
                         .arg(path, status.errorMessage())};
    return {};
}

Status writeSampleFile(const QString &path, const QByteArray &contents, const QDateTime &mtime) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return Error{QCoreApplication::translate("SampleDeployment", "Cannot write the sample file %1: %2")
                         .arg(path, file.errorString())};
    file.setFileTime(mtime, QFileDevice::FileModificationTime);
    return {};
}

// The share as Lync lays it out: one folder per service,
// <SiteId>-<RoleName>-<Instance>, meeting content by organizer and
// conference, many small files and a few large recordings and decks.
Status createFileStore(const QString &root, int fileCount, SampleRandom &random) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const char *const documents[] = {"Apresentação — Orçamento 2026.pptx", "conteúdo final.pptx", "Ata da reunião.docx",
                                     "Relatório de Operações.xlsx",        "anotações.txt",       "quadro branco.png"};
    const QString web = root + QStringLiteral("/1-WebServices-1");
    int written = 0;
    auto add = [&](const QString &path, qint64 size, bool text) -> Status {
        ++written;
        return writeSampleFile(path, random.bytes(size, text), now.addSecs(-random.between(60, 90 * 24 * 3600)));
    };
    // Fixed landmarks first, so every sample has them.
    const QStringList fixed = {
        QStringLiteral("/1-CentralMgmt-1/CMSFileStore/xds-master/replicamanager.xml"),
        QStringLiteral("/1-ApplicationServer-1/RgsConfig/Áudio/saudação de boas-vindas.wma"),
        QStringLiteral("/1-ApplicationServer-1/RgsConfig/Áudio/música de espera.wma"),
        QStringLiteral("/1-WebServices-1/DeviceUpdateStore/UCPhone/Polycom/CX600/4.0.7577.4366/CPE/UCUpdates.cab"),
        QStringLiteral("/1-WebServices-1/CollabContent/reunião/conteúdo final.pptx"),
    };
    for (const QString &path : fixed)
        if (Status s = add(root + path, random.between(8, 200) * 1024, path.endsWith(QLatin1String(".xml"))); !s)
            return s;
    QDir().mkpath(web + QStringLiteral("/DataConf/vazia"));  // an empty folder
    while (written < fileCount) {
        const QString organizer = QStringLiteral("%1")
                                      .arg(quint32(random.between(0, 1 << 30)) * 2654435761u, 8, 16, QLatin1Char('0'))
                                      .toUpper();
        const int conferences = random.between(1, 4);
        for (int c = 0; c < conferences && written < fileCount; ++c) {
            const QString conference = QStringLiteral("%1").arg(random.between(10000000, 99999999));
            const QString content = web + QStringLiteral("/CollabContent/%1/%2").arg(organizer, conference);
            const QString metadata = web + QStringLiteral("/CollabMetadata/%1/%2").arg(organizer, conference);
            const int files = random.between(2, 12);
            for (int f = 0; f < files && written < fileCount; ++f) {
                const bool large = random.between(0, 99) == 0;  // ~1% recordings and big decks
                const qint64 size = large ? random.between(1 << 20, 4 << 20) : random.between(1, 64) * 1024;
                const QString name = QStringLiteral("%1 %2").arg(f).arg(QString::fromUtf8(random.pick(documents)));
                if (Status s = add(content + QLatin1Char('/') + name, size, random.between(0, 3) == 0); !s)
                    return s;
            }
            if (Status s = add(metadata + QStringLiteral("/metadata.xml"), random.between(1, 8) * 1024, true); !s)
                return s;
        }
    }
    // Meetings running while the backup runs: their Meeting.Active files
    // are locked on a real store and must be skipped.
    const QStringList activeMeetings{web + QStringLiteral("/CollabContent/reunião"), web + QStringLiteral("/DataConf")};
    for (const QString &folder : activeMeetings)
        if (Status s = writeSampleFile(folder + QStringLiteral("/Meeting.Active"), "active", now); !s)
            return s;
#ifndef Q_OS_WIN
    QFile::link(QStringLiteral("../CollabContent/reunião/conteúdo final.pptx"),
                web + QStringLiteral("/DataConf/último conteúdo.pptx"));
#endif
    return {};
}

}  // namespace

Result<QString> createSampleDeployment(const QString &dir, const SampleOptions &options) {
    const QString root = QDir(dir).absolutePath();
    QDir folder(root);
    if (folder.exists() && !folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Error{QCoreApplication::translate("SampleDeployment",
                                                 "%1 is not empty. Choose a new or empty folder "
                                                 "for the sample deployment.")
                         .arg(root)};
    if (!QDir().mkpath(root + QStringLiteral("/databases")))
        return Error{QCoreApplication::translate("SampleDeployment",
                                                 "Cannot create %1. Check the permissions of "
                                                 "its parent folder.")
                         .arg(root)};
    SampleRandom random(options.seed);
    BackupPlan plan;
    plan.name = QStringLiteral("Sample deployment");
    plan.location = QStringLiteral("backups");
    for (const char *name : kDatabases) {
        const QString db = QString::fromLatin1(name);
        const QString relative = QStringLiteral("databases/%1.sqlite").arg(db);
        if (Status s = createDatabase(root + QLatin1Char('/') + relative, db, random); !s)
            return s.error();
        plan.items.append({QStringLiteral("sqlite"), db, relative});
    }
    if (Status s = createFileStore(root + QStringLiteral("/filestore"), qMax(options.fileCount, 10), random); !s)
        return s.error();
    plan.items.prepend({QStringLiteral("filestore"), QStringLiteral("filestore"), QStringLiteral("filestore")});
    const QByteArray topology = sampleTopologyXml(sampleServerFqdn());
    if (Status linked = linkSampleItems(plan, topology); !linked)
        return linked.error();
    QFile topologyFile(root + QStringLiteral("/topology.xml"));
    if (!topologyFile.open(QIODevice::WriteOnly) || topologyFile.write(topology) != topology.size())
        return Error{QCoreApplication::translate("SampleDeployment", "Cannot write %1: %2")
                         .arg(topologyFile.fileName(), topologyFile.errorString())};
    topologyFile.close();
    plan.topology = QStringLiteral("topology.xml");
    const QString planFile = root + QStringLiteral("/sample-plan.json");
    if (Status s = plan.save(planFile); !s)
        return s.error();
    return planFile;
}

}  // namespace lbw
