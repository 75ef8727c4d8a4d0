#include "topology/TopologyReader.h"

#include "platform/Platform.h"
#include "topology/NameRules.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <optional>

namespace lbw {
namespace {

// Limits. Real topologies are a few MB at most, nest about 12 deep, and the
// reader keeps a few thousand of their elements; each limit is far above
// that and low enough that together they hold memory well under 100 MB.
constexpr qint64 kMaxTopologyBytes = 64 * 1024 * 1024;
constexpr qint64 kReadChunkBytes = 64 * 1024;
// Longest tag, text run, comment or processing instruction QXmlStreamReader
// is given: it holds each whole in memory before returning it.
constexpr qsizetype kMaxItemChars = 64 * 1024;
// Qt 6.4 compares each attribute of a tag with every other one, and each
// prefixed name with every namespace declaration in scope: both limits keep
// that work a small constant per byte.
constexpr int kMaxAttributesPerTag = 64;
constexpr int kMaxNamespacesInScope = 64;
constexpr int kMaxDepth = 64;
constexpr int kMaxKeptElements = 200'000;
constexpr qsizetype kMaxValueChars = 4 * 1024;
constexpr qsizetype kMaxKeptBytes = 8 * 1024 * 1024;
// How many of each part a topology may name. A large deployment has tens of
// pools, a few hundred branch sites and a few thousand services; these are
// far above that, and low enough that what is done later for each part or
// pair of parts (a DNS lookup per machine, a service's host among the
// clusters, a recovery runbook section per server) stays quick.
constexpr int kMaxSites = 1000;
constexpr int kMaxClusters = 2000;
constexpr int kMaxMachines = 5000;
constexpr int kMaxSqlInstances = 2000;
constexpr int kMaxServices = 10000;

// ---------------------------------------------------------------------------
// Markup guard: what QXmlStreamReader must never be given.

// Reads the decoded text just before QXmlStreamReader does, because the
// reader does three things before it hands out a token that a hostile file
// can abuse: it parses a whole <!DOCTYPE> internal subset (expanding
// parameter entities) before reporting the DTD, it buffers a whole tag, text
// run or comment however long, and it checks attributes pairwise (a 60 MB
// file of attribute-laden tags takes minutes). This lexer only follows the
// shape of the markup ('<', '>', quotes, '=') and refuses any <!...>
// declaration, over-long items and tags with too many attributes first. It
// never accepts more than the reader would: where the two could disagree the
// reader has already met malformed XML and stopped.
class MarkupGuard {
public:
    Status feed(QStringView text) {
        for (const QChar c : text) {
            if (++m_itemChars > kMaxItemChars)
                return Error{QCoreApplication::translate("TopologyReader",
                                                         "Line %1: a single tag, text, comment or processing "
                                                         "instruction is longer than %2 characters. Lync does not "
                                                         "write such topologies; the file is refused.")
                                 .arg(m_itemLine)
                                 .arg(kMaxItemChars)};
            bool restartEndMatch = false;
            switch (m_state) {
                case State::Text:
                    if (c == QLatin1Char('<'))
                        startItem(State::Open);
                    break;
                case State::Open:
                    if (c == QLatin1Char('!')) {
                        m_state = State::Bang;
                        m_bang.clear();
                    } else if (c == QLatin1Char('?')) {
                        m_state = State::Instruction;
                        restartEndMatch = true;
                    } else {
                        m_state = State::Tag;
                        m_attributes = 0;
                        if (Status s = tagCharacter(c); !s)
                            return s;
                    }
                    break;
                case State::Bang:
                    // "<!--" opens a comment and "<![CDATA[" a CDATA section;
                    // anything else after "<!" is a declaration (DOCTYPE, ENTITY,
                    // ELEMENT, ATTLIST, NOTATION) or not XML at all.
                    m_bang += c;
                    if (m_bang == QLatin1String("--")) {
                        m_state = State::Comment;
                        restartEndMatch = true;
                    } else if (m_bang == QLatin1String("[CDATA[")) {
                        m_state = State::CData;
                        restartEndMatch = true;
                    } else if (!QLatin1String("--").startsWith(m_bang) &&
                               !QLatin1String("[CDATA[").startsWith(m_bang)) {
                        return Error{QCoreApplication::translate(
                                         "TopologyReader",
                                         "Line %1: the topology contains a document type or entity declaration "
                                         "(<!DOCTYPE ...>, <!ENTITY ...>). Lync never writes one; the file is refused "
                                         "so that nothing declared in it is expanded.")
                                         .arg(m_itemLine)};
                    }
                    break;
                case State::Tag:
                    if (Status s = tagCharacter(c); !s)
                        return s;
                    break;
                case State::Quoted:
                    if (c == m_quote)
                        m_state = State::Tag;
                    break;
                case State::Comment:
                    if (c == QLatin1Char('>') && m_last == QLatin1Char('-') && m_beforeLast == QLatin1Char('-'))
                        endItem();
                    break;
                case State::CData:
                    if (c == QLatin1Char('>') && m_last == QLatin1Char(']') && m_beforeLast == QLatin1Char(']'))
                        endItem();
                    break;
                case State::Instruction:
                    if (c == QLatin1Char('>') && m_last == QLatin1Char('?'))
                        endItem();
                    break;
            }
            // The end of a comment ("-->") or an instruction ("?>") is only
            // looked for after its opening, so "<!-->" does not end where it
            // starts.
            m_beforeLast = restartEndMatch ? QChar() : m_last;
            m_last = restartEndMatch ? QChar() : c;
            countLine(c);
        }
        return {};
    }

private:
    enum class State { Text, Open, Bang, Tag, Quoted, Comment, CData, Instruction };

    Status tagCharacter(QChar c) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            m_quote = c;
            m_state = State::Quoted;
        } else if (c == QLatin1Char('=')) {
            if (++m_attributes > kMaxAttributesPerTag)
                return Error{QCoreApplication::translate("TopologyReader",
                                                         "Line %1: an element has more than %2 attributes. Lync does "
                                                         "not write such topologies; the file is refused.")
                                 .arg(m_itemLine)
                                 .arg(kMaxAttributesPerTag)};
        } else if (c == QLatin1Char('>')) {
            endItem();
        }
        return {};
    }

    void startItem(State state) {
        m_state = state;
        m_itemChars = 1;
        m_itemLine = m_line;
    }

    void endItem() {
        m_state = State::Text;
        m_itemChars = 0;
        m_itemLine = m_line;
    }

    // Lines as QXmlStreamReader counts them: CR LF, CR and LF each end one.
    void countLine(QChar c) {
        if (c == QLatin1Char('\n') && !m_afterCr)
            ++m_line;
        else if (c == QLatin1Char('\r'))
            ++m_line;
        m_afterCr = c == QLatin1Char('\r');
    }

    State m_state = State::Text;
    QChar m_quote;
    QString m_bang;  // what follows "<!", until it is told apart
    QChar m_last;
    QChar m_beforeLast;
    qsizetype m_itemChars = 0;
    int m_attributes = 0;
    qint64 m_line = 1;
    qint64 m_itemLine = 1;
    bool m_afterCr = false;
};

// ---------------------------------------------------------------------------
// The kept elements: a small tree with the part of QDom's interface the
// traversal below uses. Nodes, attributes and values sit in flat arrays and
// one string pool, and names are stored once, so a kept element costs tens
// of bytes rather than the kilobyte of a QDomElement.

struct ElementTree {
    struct Node {
        int name = -1;
        int firstChild = -1;
        int lastChild = -1;
        int nextSibling = -1;
        int firstAttribute = 0;
        int attributeCount = 0;
        int line = 0;
        int textOffset = 0;  // text, for elements named Name only
        int textSize = 0;
    };
    struct Attribute {
        int name = -1;  // qualified name, as QDomElement::attribute() matches it
        int valueOffset = 0;
        int valueSize = 0;
    };

    QList<Node> nodes;  // nodes[0] is the root
    QList<Attribute> attributes;
    QString pool;  // attribute values and Name texts
    QStringList names;
    QHash<QString, int> nameIds;
    QString rootTag;  // qualified, for the message that the file is not a topology

    int nameId(const QString &name) const { return nameIds.value(name, -1); }
    QStringView slice(int offset, int size) const { return QStringView(pool).sliced(offset, size); }
};

class Element {
public:
    Element() = default;
    Element(const ElementTree *tree, int index) : m_tree(tree), m_index(index) {}

    bool isNull() const { return m_index < 0; }
    QString localName() const { return isNull() ? QString() : m_tree->names.at(node().name); }
    int lineNumber() const { return isNull() ? 0 : node().line; }
    QString text() const { return isNull() ? QString() : m_tree->slice(node().textOffset, node().textSize).toString(); }

    Element firstChildElement() const { return isNull() ? Element() : Element(m_tree, node().firstChild); }
    Element nextSiblingElement() const { return isNull() ? Element() : Element(m_tree, node().nextSibling); }

    int attributeCount() const { return isNull() ? 0 : node().attributeCount; }
    QString attributeName(int i) const { return m_tree->names.at(attributeAt(i).name); }
    QString attributeValue(int i) const {
        const ElementTree::Attribute &a = attributeAt(i);
        return m_tree->slice(a.valueOffset, a.valueSize).toString();
    }
    bool hasAttribute(const QString &name) const { return indexOf(name) >= 0; }
    QString attribute(const QString &name, const QString &defaultValue = QString()) const {
        const int i = indexOf(name);
        return i < 0 ? defaultValue : attributeValue(i);
    }

    const ElementTree *tree() const { return m_tree; }
    int index() const { return m_index; }

private:
    const ElementTree::Node &node() const { return m_tree->nodes.at(m_index); }
    const ElementTree::Attribute &attributeAt(int i) const { return m_tree->attributes.at(node().firstAttribute + i); }
    int indexOf(const QString &name) const {
        if (isNull())
            return -1;
        const int id = m_tree->nameId(name);
        for (int i = 0; id >= 0 && i < node().attributeCount; ++i)
            if (attributeAt(i).name == id)
                return i;
        return -1;
    }

    const ElementTree *m_tree = nullptr;
    int m_index = -1;
};

// Elements the traversal asks for by name; their subtrees are kept.
bool isLookedAt(QStringView localName) {
    static const QLatin1String names[] = {
        QLatin1String("NewTopology"),     QLatin1String("OriginalTopology"), QLatin1String("PartialTopology"),
        QLatin1String("InternalDomains"), QLatin1String("InternalDomain"),   QLatin1String("Sites"),
        QLatin1String("CentralSites"),    QLatin1String("RemoteSites"),      QLatin1String("Name"),
        QLatin1String("Clusters"),        QLatin1String("Cluster"),          QLatin1String("ClusterId"),
        QLatin1String("Machines"),        QLatin1String("Machine"),          QLatin1String("NetInterface"),
        QLatin1String("SqlInstances"),    QLatin1String("SqlInstance"),      QLatin1String("SqlInstanceId"),
        QLatin1String("Services"),        QLatin1String("Service"),          QLatin1String("ServiceId"),
        QLatin1String("InstalledOn"),     QLatin1String("DependsOn"),        QLatin1String("Dependency"),
    };
    for (const QLatin1String &name : names)
        if (localName == name)
            return true;
    return false;
}

// Elements whose children are kept whatever their names: sites
// (CentralSite, BranchSite, RemoteSite, ...) and role payloads.
bool keepsEveryChild(const QString &localName) {
    return localName == QLatin1String("Sites") || localName == QLatin1String("CentralSites") ||
           localName == QLatin1String("RemoteSites") || localName == QLatin1String("Service");
}

// Builds the ElementTree from the reader's tokens, skipping the subtrees the
// traversal never looks at and enforcing the limits on everything.
class TreeBuilder {
public:
    explicit TreeBuilder(ElementTree &tree) : m_tree(tree) {}

    Status startElement(const QXmlStreamReader &reader) {
        const qint64 line = reader.lineNumber();
        if (m_open.size() >= kMaxDepth)
            return Error{QCoreApplication::translate("TopologyReader",
                                                     "Line %1: elements are nested more than %2 deep. Lync does not "
                                                     "write such topologies; the file is refused.")
                             .arg(line)
                             .arg(kMaxDepth)};
        const int namespaces = int(reader.namespaceDeclarations().size());
        m_namespacesInScope += namespaces;
        if (m_namespacesInScope > kMaxNamespacesInScope)
            return Error{QCoreApplication::translate("TopologyReader",
                                                     "Line %1: more than %2 XML namespace declarations are in effect "
                                                     "at once. Lync does not write such topologies; the file is "
                                                     "refused.")
                             .arg(line)
                             .arg(kMaxNamespacesInScope)};
        const QXmlStreamAttributes attributes = reader.attributes();
        for (const QXmlStreamAttribute &attribute : attributes)
            if (attribute.value().size() > kMaxValueChars)
                return valueTooLong(line);

        const QStringView localName = reader.name();
        bool keep = m_open.isEmpty();
        if (!keep && m_open.last().node >= 0)
            keep = isLookedAt(localName) || keepsEveryChild(m_tree.names.at(m_tree.nodes.at(m_open.last().node).name));
        if (!keep) {
            m_open << Open{-1, namespaces, false, {}};
            return {};
        }

        if (m_tree.nodes.size() >= kMaxKeptElements)
            return Error{QCoreApplication::translate("TopologyReader",
                                                     "Line %1: the topology has more than %2 elements describing "
                                                     "sites, servers and services. Lync does not write such "
                                                     "topologies; the file is refused.")
                             .arg(line)
                             .arg(kMaxKeptElements)};
        ElementTree::Node node;
        node.name = intern(localName.toString());
        node.line = int(line);
        node.firstAttribute = int(m_tree.attributes.size());
        node.attributeCount = int(attributes.size());
        for (const QXmlStreamAttribute &attribute : attributes) {
            ElementTree::Attribute kept;
            kept.name = intern(attribute.qualifiedName().toString());
            kept.valueOffset = int(m_tree.pool.size());
            kept.valueSize = int(attribute.value().size());
            m_tree.pool += attribute.value();
            m_tree.attributes << kept;
            m_keptBytes += qsizetype(sizeof(ElementTree::Attribute)) + 2 * attribute.value().size();
        }
        if (m_keptBytes > kMaxKeptBytes)
            return overBudget(line);

        const int index = int(m_tree.nodes.size());
        if (m_open.isEmpty()) {
            m_tree.rootTag = reader.qualifiedName().toString();
        } else {
            ElementTree::Node &parent = m_tree.nodes[m_open.last().node];
            if (parent.lastChild >= 0)
                m_tree.nodes[parent.lastChild].nextSibling = index;
            else
                parent.firstChild = index;
            parent.lastChild = index;
        }
        m_tree.nodes << node;
        m_open << Open{index, namespaces, localName == QLatin1String("Name"), {}};
        return {};
    }

    Status characters(QStringView text, qint64 line) {
        if (m_open.isEmpty() || !m_open.last().collectsText)
            return {};
        QString &collected = m_open.last().text;
        if (collected.size() + text.size() > kMaxValueChars)
            return valueTooLong(line);
        collected += text;
        return {};
    }

    Status endElement(qint64 line) {
        if (m_open.isEmpty())
            return {};
        const Open open = m_open.takeLast();
        m_namespacesInScope -= open.namespaces;
        if (open.collectsText && !open.text.isEmpty()) {
            ElementTree::Node &node = m_tree.nodes[open.node];
            node.textOffset = int(m_tree.pool.size());
            node.textSize = int(open.text.size());
            m_tree.pool += open.text;
            m_keptBytes += 2 * open.text.size();
            if (m_keptBytes > kMaxKeptBytes)
                return overBudget(line);
        }
        return {};
    }

private:
    struct Open {
        int node;  // -1: skipped with its subtree
        int namespaces;
        bool collectsText;
        QString text;
    };

    int intern(const QString &name) {
        const auto found = m_tree.nameIds.constFind(name);
        if (found != m_tree.nameIds.cend())
            return *found;
        const int id = int(m_tree.names.size());
        m_tree.names << name;
        m_tree.nameIds.insert(name, id);
        m_keptBytes += 64 + 2 * name.size();  // the characters (the list and the hash share them), bookkeeping
        return id;
    }

    static Error valueTooLong(qint64 line) {
        return Error{QCoreApplication::translate("TopologyReader",
                                                 "Line %1: a value is longer than %2 characters. Lync does not write "
                                                 "such topologies; the file is refused.")
                         .arg(line)
                         .arg(kMaxValueChars)};
    }

    static Error overBudget(qint64 line) {
        return Error{QCoreApplication::translate("TopologyReader",
                                                 "Line %1: the names and values kept from the topology exceed %2 MiB. "
                                                 "Lync does not write such topologies; the file is refused.")
                         .arg(line)
                         .arg(kMaxKeptBytes / (1024 * 1024))};
    }

    ElementTree &m_tree;
    QList<Open> m_open;
    int m_namespacesInScope = 0;
    qsizetype m_keptBytes = 0;
};

// The decoder for the file: a byte order mark (or the UTF-16/32 pattern of
// "<") decides; without one, the encoding the XML declaration names, or
// UTF-8. A declared UTF-16 in a file that reads as single bytes is what
// saving Get-CsTopology's output as UTF-8 produces, so it is read as UTF-8.
Result<QStringDecoder> decoderFor(const QByteArray &head) {
    if (const std::optional<QStringConverter::Encoding> detected = QStringConverter::encodingForData(head, u'<'))
        return QStringDecoder(*detected);
    static const QRegularExpression declaration(
        QStringLiteral("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']"));
    const QRegularExpressionMatch match = declaration.match(QString::fromLatin1(head.left(1024)));
    const QString declared = match.hasMatch() ? match.captured(1) : QString();
    const QString family = declared.toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (family.isEmpty() || family.startsWith(QLatin1String("utf16")) || family.startsWith(QLatin1String("utf32")) ||
        family.startsWith(QLatin1String("ucs")))
        return QStringDecoder(QStringConverter::Utf8);
    QStringDecoder decoder(declared.toLatin1().constData());
    if (!decoder.isValid())
        return Error{QCoreApplication::translate("TopologyReader",
                                                 "The topology is encoded in %1, which this program cannot read. "
                                                 "Save it as UTF-8 and try again.")
                         .arg(printableExcerpt(declared))};
    return decoder;
}

// Up to kReadChunkBytes, fewer only at the end of the input.
Result<QByteArray> readChunk(QIODevice &device) {
    QByteArray chunk(kReadChunkBytes, Qt::Uninitialized);
    qint64 filled = 0;
    while (filled < kReadChunkBytes) {
        const qint64 n = device.read(chunk.data() + filled, kReadChunkBytes - filled);
        if (n < 0)
            return Error{QCoreApplication::translate("TopologyReader", "Cannot read the topology: %1.")
                             .arg(device.errorString())};
        if (n == 0)
            break;
        filled += n;
    }
    chunk.truncate(filled);
    return chunk;
}

Error tooLarge() {
    return Error{QCoreApplication::translate("TopologyReader",
                                             "The topology is larger than %1 MiB. Lync does not write such "
                                             "topologies; the file is refused.")
                     .arg(kMaxTopologyBytes / (1024 * 1024))};
}

// Streams `device` through the decoder, the guard and QXmlStreamReader into
// an ElementTree. The reader is fed a chunk at a time, so no more than a
// chunk of the file and one item of markup is ever held besides the tree.
Result<ElementTree> readTree(QIODevice &device) {
    ElementTree tree;
    TreeBuilder builder(tree);
    MarkupGuard guard;
    QXmlStreamReader reader;
    std::optional<QStringDecoder> decoder;
    qint64 bytesRead = 0;
    bool exhausted = false;
    for (;;) {
        switch (reader.readNext()) {
            case QXmlStreamReader::Invalid: {
                if (reader.error() != QXmlStreamReader::PrematureEndOfDocumentError || exhausted)
                    return Error{QCoreApplication::translate("TopologyReader",
                                                             "Line %1, column %2: the topology is not valid XML (%3).")
                                     .arg(reader.lineNumber())
                                     .arg(reader.columnNumber())
                                     .arg(printableExcerpt(reader.errorString(), 200))};
                Result<QByteArray> chunk = readChunk(device);
                if (!chunk)
                    return chunk.error();
                bytesRead += chunk->size();
                if (bytesRead > kMaxTopologyBytes)
                    return tooLarge();
                exhausted = chunk->size() < kReadChunkBytes;
                if (!decoder) {
                    Result<QStringDecoder> chosen = decoderFor(*chunk);
                    if (!chosen)
                        return chosen.error();
                    decoder.emplace(std::move(*chosen));
                }
                const QString text = (*decoder)(*chunk);
                if (Status s = guard.feed(text); !s)
                    return s.error();
                // The QString overload: the text is already decoded, and the
                // reader must not switch to the encoding the declaration names.
                reader.addData(text);
                break;
            }
            case QXmlStreamReader::DTD:
                // Not reached while the guard refuses every <!...> declaration;
                // kept so that no DTD can ever be accepted.
                return Error{QCoreApplication::translate(
                                 "TopologyReader",
                                 "Line %1: the topology contains a document type or entity declaration "
                                 "(<!DOCTYPE ...>, <!ENTITY ...>). Lync never writes one; the file is refused "
                                 "so that nothing declared in it is expanded.")
                                 .arg(reader.lineNumber())};
            case QXmlStreamReader::StartElement:
                if (Status s = builder.startElement(reader); !s)
                    return s.error();
                break;
            case QXmlStreamReader::EndElement:
                if (Status s = builder.endElement(reader.lineNumber()); !s)
                    return s.error();
                break;
            case QXmlStreamReader::Characters:
                if (Status s = builder.characters(reader.text(), reader.lineNumber()); !s)
                    return s.error();
                break;
            case QXmlStreamReader::EndDocument:
                return tree;
            default:
                break;
        }
    }
}

// ---------------------------------------------------------------------------
// From the tree to the Topology.

// Children by local name: namespaces vary between Lync versions and the two
// file forms, and names are what the schemas agree on.
QList<Element> children(const Element &parent, const QString &localName) {
    QList<Element> found;
    if (parent.isNull())
        return found;
    const int id = parent.tree()->nameId(localName);
    if (id < 0)
        return found;
    for (Element e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        if (parent.tree()->nodes.at(e.index()).name == id)
            found << e;
    return found;
}

Element child(const Element &parent, const QString &localName) {
    if (parent.isNull())
        return {};
    const int id = parent.tree()->nameId(localName);
    for (Element e = parent.firstChildElement(); id >= 0 && !e.isNull(); e = e.nextSiblingElement())
        if (parent.tree()->nodes.at(e.index()).name == id)
            return e;
    return {};
}

Error missing(const Element &where, const QString &what) {
    return Error{QCoreApplication::translate("TopologyReader", "Line %1: %2 is missing %3.")
                     .arg(where.lineNumber())
                     .arg(where.localName(), what)};
}

// One check per kind of name; the message quotes where it was found
// (Element@Attribute) and the value, made printable and cut short.
Status checkFqdn(const Element &where, const QString &attribute, const QString &value) {
    if (isValidFqdn(value))
        return {};
    return Error{QCoreApplication::translate("TopologyReader",
                                             "Line %1: %2@%3 \"%4\" is not a valid host name: a host name is made "
                                             "of dot-separated labels of letters, digits and hyphens (at most 63 "
                                             "characters each, 253 in all).")
                     .arg(QString::number(where.lineNumber()), where.localName(), attribute, printableExcerpt(value))};
}

Status checkSqlInstance(const Element &where, const QString &value) {
    if (isValidSqlInstanceName(value))
        return {};
    return Error{QCoreApplication::translate("TopologyReader",
                                             "Line %1: %2@Name \"%3\" is not a valid SQL Server instance name: at "
                                             "most 16 letters, digits, _ or $, starting with a letter or _.")
                     .arg(QString::number(where.lineNumber()), where.localName(), printableExcerpt(value))};
}

Status checkShare(const Element &where, const QString &attribute, const QString &value) {
    if (isValidShareName(value))
        return {};
    return Error{QCoreApplication::translate("TopologyReader",
                                             "Line %1: %2@%3 \"%4\" is not a valid share name: 1 to 80 characters, "
                                             "none of them a control character or \\ / : * ? \" < > |, not ending "
                                             "in a dot or a space.")
                     .arg(QString::number(where.lineNumber()), where.localName(), attribute, printableExcerpt(value))};
}

Status checkSiteName(const Element &where, const QString &value) {
    if (isValidSiteName(value))
        return {};
    return Error{QCoreApplication::translate("TopologyReader",
                                             "Line %1: the site name \"%2\" is longer than 256 characters or "
                                             "contains control characters.")
                     .arg(QString::number(where.lineNumber()), printableExcerpt(value))};
}

Status checkIpAddress(const Element &where, const QString &value) {
    if (isValidIpAddress(value))
        return {};
    return Error{
        QCoreApplication::translate("TopologyReader", "Line %1: %2@IPAddress \"%3\" is not an IPv4 or IPv6 address.")
            .arg(QString::number(where.lineNumber()), where.localName(), printableExcerpt(value))};
}

// Counts the parts as the traversal reads them and refuses one too many,
// with the line of the first part over the limit.
class PartCounter {
public:
    enum Part { Sites, Clusters, Machines, SqlInstances, Services };

    Status add(Part part, const Element &where) {
        if (++m_counts[part] <= limit(part))
            return {};
        const QString line = QString::number(where.lineNumber());
        switch (part) {
            case Sites:
                return Error{QCoreApplication::translate("TopologyReader",
                                                         "Line %1: the topology has more than %2 sites. Lync does "
                                                         "not write such topologies; the file is refused.")
                                 .arg(line)
                                 .arg(kMaxSites)};
            case Clusters:
                return Error{QCoreApplication::translate("TopologyReader",
                                                         "Line %1: the topology has more than %2 pools and "
                                                         "stand-alone servers. Lync does not write such topologies; "
                                                         "the file is refused.")
                                 .arg(line)
                                 .arg(kMaxClusters)};
            case Machines:
                return Error{QCoreApplication::translate("TopologyReader",
                                                         "Line %1: the topology has more than %2 machines. Lync does "
                                                         "not write such topologies; the file is refused.")
                                 .arg(line)
                                 .arg(kMaxMachines)};
            case SqlInstances:
                return Error{QCoreApplication::translate("TopologyReader",
                                                         "Line %1: the topology has more than %2 SQL Server "
                                                         "instances. Lync does not write such topologies; the file "
                                                         "is refused.")
                                 .arg(line)
                                 .arg(kMaxSqlInstances)};
            case Services:
                break;
        }
        return Error{QCoreApplication::translate("TopologyReader",
                                                 "Line %1: the topology has more than %2 services. Lync does not "
                                                 "write such topologies; the file is refused.")
                         .arg(line)
                         .arg(kMaxServices)};
    }

private:
    static int limit(Part part) {
        switch (part) {
            case Sites:
                return kMaxSites;
            case Clusters:
                return kMaxClusters;
            case Machines:
                return kMaxMachines;
            case SqlInstances:
                return kMaxSqlInstances;
            case Services:
                break;
        }
        return kMaxServices;
    }

    int m_counts[Services + 1] = {};
};

Result<Machine> readMachine(const Element &machine, const QString &clusterFqdn) {
    // A single-machine cluster's machine may carry no FQDN of its own.
    Machine m{machine.attribute(QStringLiteral("Fqdn"), clusterFqdn), {}};
    if (Status s = checkFqdn(machine, QStringLiteral("Fqdn"), m.fqdn); !s)
        return s.error();
    for (const Element &nic : children(machine, QStringLiteral("NetInterface"))) {
        const QString address = nic.attribute(QStringLiteral("IPAddress"));
        if (Status s = checkIpAddress(nic, address); !s)
            return s.error();
        m.addresses << address;
    }
    return m;
}

Status readInternalDomains(const Element &parent, Topology &topology) {
    for (const Element &domain :
         children(child(parent, QStringLiteral("InternalDomains")), QStringLiteral("InternalDomain"))) {
        const QString name = domain.attribute(QStringLiteral("Name"));
        if (Status s = checkFqdn(domain, QStringLiteral("Name"), name); !s)
            return s;
        topology.internalDomains << name;
    }
    return {};
}

Result<QString> siteName(const Element &site) {
    const Element name = child(site, QStringLiteral("Name"));
    const QString text = name.text();
    if (Status s = checkSiteName(name.isNull() ? site : name, text); !s)
        return s.error();
    return text;
}

// Role payloads (<FileStoreService ShareName=...>, <CentralMgmtService
// IsActive=...>) become facts; the structural children are read elsewhere.
Status readPayload(const Element &serviceElement, Service &service) {
    static const QStringList structural{QStringLiteral("ServiceId"), QStringLiteral("DependsOn"),
                                        QStringLiteral("InstalledOn"), QStringLiteral("Ports")};
    for (Element e = serviceElement.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (structural.contains(e.localName()))
            continue;
        for (int i = 0; i < e.attributeCount(); ++i) {
            const QString qualified = e.attributeName(i);
            const QString name = qualified.mid(qualified.indexOf(QLatin1Char(':')) + 1);
            const QString value = e.attributeValue(i);
            // The share becomes \\<host>\<share> and part of a folder name.
            if (name == QLatin1String("ShareName"))
                if (Status s = checkShare(e, qualified, value); !s)
                    return s;
            service.facts.insert(name, value);
        }
        service.facts.insert(QStringLiteral("payload"), e.localName());
    }
    return {};
}

QString clusterKey(const Element &clusterId) {
    return clusterId.attribute(QStringLiteral("SiteId")) + QLatin1Char(':') +
           clusterId.attribute(QStringLiteral("Number"));
}

Result<Topology> readPublished(const Element &root) {
    Topology topology;
    PartCounter counter;
    topology.format = QStringLiteral("Get-CsTopology -AsXml");
    if (Status s = readInternalDomains(root, topology); !s)
        return s.error();
    for (Element site = child(root, QStringLiteral("Sites")).firstChildElement(); !site.isNull();
         site = site.nextSiblingElement()) {
        if (Status s = counter.add(PartCounter::Sites, site); !s)
            return s.error();
        Result<QString> name = siteName(site);
        if (!name)
            return name.error();
        topology.sites << Site{site.attribute(QStringLiteral("SiteId")).toInt(), *name,
                               site.localName() == QLatin1String("CentralSite")};
    }

    const Element clusters = child(root, QStringLiteral("Clusters"));
    if (clusters.isNull())
        return missing(root, QStringLiteral("<Clusters>"));
    for (const Element &element : children(clusters, QStringLiteral("Cluster"))) {
        if (Status s = counter.add(PartCounter::Clusters, element); !s)
            return s.error();
        const Element id = child(element, QStringLiteral("ClusterId"));
        if (id.isNull())
            return missing(element, QStringLiteral("<ClusterId>"));
        Cluster cluster{clusterKey(id),
                        element.attribute(QStringLiteral("Fqdn")),
                        id.attribute(QStringLiteral("SiteId")).toInt(),
                        {}};
        if (cluster.fqdn.isEmpty())
            return missing(element, QStringLiteral("Fqdn"));
        if (Status s = checkFqdn(element, QStringLiteral("Fqdn"), cluster.fqdn); !s)
            return s.error();
        for (const Element &machine : children(element, QStringLiteral("Machine"))) {
            if (Status s = counter.add(PartCounter::Machines, machine); !s)
                return s.error();
            Result<Machine> m = readMachine(machine, cluster.fqdn);
            if (!m)
                return m.error();
            cluster.machines << *m;
        }
        topology.clusters << cluster;
    }

    for (const Element &element :
         children(child(root, QStringLiteral("SqlInstances")), QStringLiteral("SqlInstance"))) {
        if (Status s = counter.add(PartCounter::SqlInstances, element); !s)
            return s.error();
        const Element id = child(element, QStringLiteral("SqlInstanceId"));
        const Element onCluster = child(id, QStringLiteral("ClusterId"));
        if (id.isNull() || onCluster.isNull())
            return missing(element, QStringLiteral("<SqlInstanceId><ClusterId>"));
        const QString name = id.attribute(QStringLiteral("Name"));
        if (Status s = checkSqlInstance(id, name); !s)
            return s.error();
        topology.sqlInstances << SqlInstance{clusterKey(onCluster) + QLatin1Char('\\') + name, clusterKey(onCluster),
                                             name};
    }

    const Element services = child(root, QStringLiteral("Services"));
    if (services.isNull())
        return missing(root, QStringLiteral("<Services>"));
    for (const Element &element : children(services, QStringLiteral("Service"))) {
        if (Status s = counter.add(PartCounter::Services, element); !s)
            return s.error();
        const Element id = child(element, QStringLiteral("ServiceId"));
        if (id.isNull())
            return missing(element, QStringLiteral("<ServiceId>"));
        Service service;
        service.id =
            ServiceRole{id.attribute(QStringLiteral("SiteId")).toInt(), id.attribute(QStringLiteral("RoleName")),
                        id.attribute(QStringLiteral("Instance")).toInt()};
        if (service.id.roleName.isEmpty())
            return missing(id, QStringLiteral("RoleName"));
        const Element installedOn = child(element, QStringLiteral("InstalledOn"));
        if (const Element onCluster = child(installedOn, QStringLiteral("ClusterId")); !onCluster.isNull())
            service.clusterKey = clusterKey(onCluster);
        if (const Element onSql = child(installedOn, QStringLiteral("SqlInstanceId")); !onSql.isNull()) {
            const QString name = onSql.attribute(QStringLiteral("Name"));
            if (Status s = checkSqlInstance(onSql, name); !s)
                return s.error();
            service.sqlInstanceKey = clusterKey(child(onSql, QStringLiteral("ClusterId"))) + QLatin1Char('\\') + name;
        }
        for (const Element &dependency :
             children(child(element, QStringLiteral("DependsOn")), QStringLiteral("Dependency"))) {
            const Element target = child(dependency, QStringLiteral("ServiceId"));
            if (!target.isNull())
                service.dependsOn << ServiceRole{target.attribute(QStringLiteral("SiteId")).toInt(),
                                                 target.attribute(QStringLiteral("RoleName")),
                                                 target.attribute(QStringLiteral("Instance")).toInt()}
                                         .key();
        }
        if (Status s = readPayload(element, service); !s)
            return s.error();
        service.knownRole = isKnownRole(service.id.roleName);
        topology.services << service;
    }
    return topology;
}

// Where each cluster and SQL instance of a .tbxml sits in the Topology, by
// UniqueId: looked up once per service, so a hash keeps the read linear.
struct TbxmlIndex {
    QHash<QString, qsizetype> clusters;
    QHash<QString, qsizetype> sqlInstances;
};

Status readTbxmlClusters(const Element &site, int siteId, Topology &topology, TbxmlIndex &index, PartCounter &counter) {
    for (const Element &element : children(child(site, QStringLiteral("Clusters")), QStringLiteral("Cluster"))) {
        if (Status s = counter.add(PartCounter::Clusters, element); !s)
            return s;
        Cluster cluster{
            element.attribute(QStringLiteral("UniqueId")), element.attribute(QStringLiteral("Fqdn")), siteId, {}};
        if (cluster.fqdn.isEmpty())
            return missing(element, QStringLiteral("Fqdn"));
        if (Status s = checkFqdn(element, QStringLiteral("Fqdn"), cluster.fqdn); !s)
            return s;
        for (const Element &machine : children(child(element, QStringLiteral("Machines")), QStringLiteral("Machine"))) {
            if (Status s = counter.add(PartCounter::Machines, machine); !s)
                return s;
            Result<Machine> m = readMachine(machine, cluster.fqdn);
            if (!m)
                return m.error();
            cluster.machines << *m;
        }
        for (const Element &sql :
             children(child(element, QStringLiteral("SqlInstances")), QStringLiteral("SqlInstance"))) {
            if (Status s = counter.add(PartCounter::SqlInstances, sql); !s)
                return s;
            const QString name = sql.attribute(QStringLiteral("Name"));
            if (Status s = checkSqlInstance(sql, name); !s)
                return s;
            index.sqlInstances.insert(sql.attribute(QStringLiteral("UniqueId")), topology.sqlInstances.size());
            topology.sqlInstances << SqlInstance{sql.attribute(QStringLiteral("UniqueId")), cluster.key, name};
        }
        index.clusters.insert(cluster.key, topology.clusters.size());
        topology.clusters << cluster;
    }
    return {};
}

Result<Topology> readTopologyBuilder(const Element &root) {
    Element partial = child(child(root, QStringLiteral("NewTopology")), QStringLiteral("PartialTopology"));
    if (partial.isNull())
        partial = child(child(root, QStringLiteral("OriginalTopology")), QStringLiteral("PartialTopology"));
    if (partial.isNull())
        return missing(root, QStringLiteral("<NewTopology><PartialTopology>"));
    Topology topology;
    topology.format = QStringLiteral("Topology Builder (.tbxml)");
    if (Status s = readInternalDomains(partial, topology); !s)
        return s.error();
    TbxmlIndex index;
    PartCounter counter;
    // Branch sites (RemoteSites) sit inside their central site in files
    // Topology Builder writes; older files put them beside CentralSites.
    auto readSite = [&topology, &index, &counter](const Element &site, bool central) -> Status {
        if (Status s = counter.add(PartCounter::Sites, site); !s)
            return s;
        const int siteId = site.attribute(QStringLiteral("SiteId")).toInt();
        Result<QString> name = siteName(site);
        if (!name)
            return name.error();
        topology.sites << Site{siteId, *name, central};
        return readTbxmlClusters(site, siteId, topology, index, counter);
    };
    for (Element central = child(partial, QStringLiteral("CentralSites")).firstChildElement(); !central.isNull();
         central = central.nextSiblingElement()) {
        if (Status s = readSite(central, true); !s)
            return s.error();
        for (Element branch = child(central, QStringLiteral("RemoteSites")).firstChildElement(); !branch.isNull();
             branch = branch.nextSiblingElement())
            if (Status s = readSite(branch, false); !s)
                return s.error();
    }
    for (Element branch = child(partial, QStringLiteral("RemoteSites")).firstChildElement(); !branch.isNull();
         branch = branch.nextSiblingElement())
        if (Status s = readSite(branch, false); !s)
            return s.error();
    if (topology.clusters.isEmpty())
        return missing(partial, QStringLiteral("<CentralSites><CentralSite><Clusters>"));

    const Element services = child(partial, QStringLiteral("Services"));
    if (services.isNull())
        return missing(partial, QStringLiteral("<Services>"));
    QHash<QString, int> instances;       // "<site>-<role>" -> last instance number
    QHash<QString, QString> byUniqueId;  // service UniqueId -> key
    QList<QStringList> pendingDependencies;
    for (const Element &element : children(services, QStringLiteral("Service"))) {
        if (Status s = counter.add(PartCounter::Services, element); !s)
            return s.error();
        Service service;
        service.uniqueId = element.attribute(QStringLiteral("UniqueId"));
        service.id.roleName = element.attribute(QStringLiteral("RoleName"));
        if (service.id.roleName.isEmpty())
            return missing(element, QStringLiteral("RoleName"));
        const QString installedOn = element.attribute(QStringLiteral("InstalledOn"));
        const Cluster *host = nullptr;
        if (const auto c = index.clusters.constFind(installedOn); c != index.clusters.cend()) {
            service.clusterKey = installedOn;
            host = &topology.clusters.at(*c);
        } else if (const auto q = index.sqlInstances.constFind(installedOn); q != index.sqlInstances.cend()) {
            service.sqlInstanceKey = installedOn;
            const qsizetype onCluster = index.clusters.value(topology.sqlInstances.at(*q).clusterKey, -1);
            host = onCluster >= 0 ? &topology.clusters.at(onCluster) : nullptr;
        }
        service.id.siteId = host ? host->siteId : 0;
        service.id.instance = ++instances[QStringLiteral("%1-%2").arg(service.id.siteId).arg(service.id.roleName)];
        QStringList dependencies;
        for (const Element &dependency :
             children(child(element, QStringLiteral("DependsOn")), QStringLiteral("Dependency")))
            for (const QString &attribute :
                 {QStringLiteral("ServiceUniqueId"), QStringLiteral("UniqueId"), QStringLiteral("Service")})
                if (dependency.hasAttribute(attribute))
                    dependencies << dependency.attribute(attribute);
        pendingDependencies << dependencies;
        if (Status s = readPayload(element, service); !s)
            return s.error();
        service.knownRole = isKnownRole(service.id.roleName);
        byUniqueId.insert(service.uniqueId, service.id.key());
        topology.services << service;
    }
    for (qsizetype i = 0; i < topology.services.size(); ++i)
        for (const QString &uniqueId : pendingDependencies[i])
            topology.services[i].dependsOn << byUniqueId.value(uniqueId, uniqueId);
    return topology;
}

Result<Topology> readFrom(QIODevice &device) {
    Result<ElementTree> tree = readTree(device);
    if (!tree)
        return tree.error();
    if (tree->nodes.isEmpty())  // the reader reports a document without elements; never reached
        return Error{QCoreApplication::translate("TopologyReader", "The topology has no elements.")};
    const Element root(&*tree, 0);
    Result<Topology> topology = Error{};
    if (root.localName() == QLatin1String("Topology"))
        topology = readPublished(root);
    else if (root.localName() == QLatin1String("TopologyBuilder"))
        topology = readTopologyBuilder(root);
    else
        return Error{QCoreApplication::translate("TopologyReader",
                                                 "Line %1: <%2> is neither a published topology (<Topology>, from "
                                                 "Get-CsTopology -AsXml) nor a Topology Builder file "
                                                 "(<TopologyBuilder>, .tbxml).")
                         .arg(QString::number(root.lineNumber()), printableExcerpt(tree->rootTag))};
    if (topology)
        for (const Service &service : topology->services)
            if (!service.knownRole)
                topology->unknownElements << QCoreApplication::translate("TopologyReader", "role %1 (service %2)")
                                                 .arg(service.id.roleName, service.id.key());
    return topology;
}

}  // namespace

Result<Topology> readTopology(const QByteArray &xml) {
    if (xml.size() > kMaxTopologyBytes)
        return tooLarge();
    QByteArray shared = xml;  // QBuffer wants a non-const array; this shares, it does not copy
    QBuffer buffer(&shared);
    buffer.open(QIODevice::ReadOnly);
    return readFrom(buffer);
}

Result<Topology> readTopologyFile(const QString &path) {
    // Everything about the file is checked before it is opened: opening a
    // FIFO would wait for a writer, and a huge file is not worth reading.
    const QFileInfo info(path);
    if (!info.exists())
        return Error{
            QCoreApplication::translate("TopologyReader", "Cannot open the topology %1: it does not exist.").arg(path)};
    if (!info.isFile())
        return Error{QCoreApplication::translate("TopologyReader",
                                                 "The topology %1 is not a regular file (it is a folder, a pipe or a "
                                                 "device); only a saved topology file can be read.")
                         .arg(path)};
    if (info.size() > kMaxTopologyBytes)
        return Error{QCoreApplication::translate("TopologyReader",
                                                 "The topology %1 is %2 MiB; files larger than %3 MiB are refused, "
                                                 "as Lync writes far smaller topologies.")
                         .arg(path)
                         .arg(info.size() / (1024 * 1024))
                         .arg(kMaxTopologyBytes / (1024 * 1024))};
    // The link the user named is followed once, here; the file it leads to
    // is opened without waiting on pipes and checked again once open, in
    // case it was swapped after the checks above.
    QFile file;
    if (Status opened = platform::openRegularFileForReading(info.canonicalFilePath(), file); !opened)
        return Error{QCoreApplication::translate("TopologyReader", "Cannot open the topology %1: %2.")
                         .arg(path, opened.errorMessage())};
    if (file.size() > kMaxTopologyBytes)
        return Error{QStringLiteral("%1: %2").arg(path, tooLarge().message)};
    Result<Topology> topology = readFrom(file);
    if (!topology)
        return Error{QStringLiteral("%1: %2").arg(path, topology.errorMessage())};
    return topology;
}

}  // namespace lbw
