#include "YamlNodeReader.h"

#include "EditDistance.h"

#include <yaml-cpp/eventhandler.h>

#include <QSet>

#include <sstream>
#include <string>

namespace gpudesk {

namespace {

// yaml-cpp's parser messages, turned into what the reader expected at that point.
QString explainParserError(const std::string &msg)
{
    auto is = [&msg](const char *text) { return msg.rfind(text, 0) == 0; };
    if (is(YAML::ErrorMsg::END_OF_MAP))
        return YamlNodeReader::tr("expected another \"key: value\" line at the indentation of the map above, or "
                                  "its end (check the indentation, and that quotes are closed)");
    if (is(YAML::ErrorMsg::END_OF_SEQ))
        return YamlNodeReader::tr("expected another \"- item\" line at the indentation of the list above, or its "
                                  "end (check the indentation)");
    if (is(YAML::ErrorMsg::END_OF_MAP_FLOW))
        return YamlNodeReader::tr("expected \",\" or \"}\" to continue or close the inline map");
    if (is(YAML::ErrorMsg::END_OF_SEQ_FLOW))
        return YamlNodeReader::tr("expected \",\" or \"]\" to continue or close the inline list");
    if (is(YAML::ErrorMsg::MAP_VALUE))
        return YamlNodeReader::tr("expected a value without \": \" here (quote text that contains \": \", or fix "
                                  "the indentation of this line)");
    if (is(YAML::ErrorMsg::MAP_KEY))
        return YamlNodeReader::tr("expected a \"key: value\" line here (check the indentation)");
    if (is(YAML::ErrorMsg::BLOCK_ENTRY))
        return YamlNodeReader::tr("expected \"key: value\", not a \"- item\" list entry, at this indentation");
    if (is(YAML::ErrorMsg::TAB_IN_INDENTATION))
        return YamlNodeReader::tr("expected spaces for indentation, found a tab");
    if (is(YAML::ErrorMsg::EOF_IN_SCALAR))
        return YamlNodeReader::tr("expected a closing quote before the end of the file");
    if (is(YAML::ErrorMsg::DOC_IN_SCALAR))
        return YamlNodeReader::tr("expected a closing quote before the \"---\" line");
    if (is(YAML::ErrorMsg::FLOW_END))
        return YamlNodeReader::tr("expected an opening \"[\" or \"{\" for this closing bracket");
    if (is(YAML::ErrorMsg::UNKNOWN_TOKEN))
        return YamlNodeReader::tr("expected YAML here, found a character that cannot start a value (quote the "
                                  "value)");
    if (is(YAML::ErrorMsg::UNKNOWN_ANCHOR) || is(YAML::ErrorMsg::ALIAS_NOT_FOUND))
        return YamlNodeReader::tr("expected an anchor (&name) defined above this alias");
    if (is(YAML::ErrorMsg::INVALID_ESCAPE))
        return YamlNodeReader::tr("expected a valid escape in the double-quoted text (write \\\\ for a "
                                  "backslash, or use single quotes)");
    return YamlNodeReader::tr("expected valid YAML (%1)").arg(QString::fromStdString(msg));
}

QString found(const YAML::Node &node)
{
    if (!node || node.IsNull())
        return YamlNodeReader::tr("nothing");
    if (node.IsMap())
        return YamlNodeReader::tr("a map");
    if (node.IsSequence())
        return YamlNodeReader::tr("a list");
    return YamlNodeReader::scalarText(node);
}

// yaml-cpp 0.7 never consumes a "," that stands outside [ ] and { } at the top of a document: it
// reports an empty document at the same place, forever (YAML::LoadAll then exhausts memory). So the
// documents are walked once with the event parser first, which stops at a document that starts
// where the previous one did, and counts them.
class DocumentWalker : public YAML::EventHandler
{
public:
    struct Stuck
    {
        YAML::Mark mark;
    };
    struct TooMany
    {
    };

    int documents = 0;
    YAML::Mark secondDocument = YAML::Mark::null_mark();

    void OnDocumentStart(const YAML::Mark &) override
    {
        if (++documents > 10'000)
            throw TooMany {};
        m_atStart = true;
    }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override { node(mark); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override { node(mark); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t, const std::string &) override
    {
        node(mark);
    }
    void OnSequenceStart(
        const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        node(mark);
    }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        node(mark);
    }
    void OnMapEnd() override { }

private:
    void node(const YAML::Mark &mark)
    {
        if (!m_atStart)
            return;
        m_atStart = false;
        if (m_previousStart && m_previousStart->pos == mark.pos)
            throw Stuck { mark };
        m_previousStart = mark;
        if (documents == 2)
            secondDocument = mark;
    }

    bool m_atStart = false;
    std::optional<YAML::Mark> m_previousStart;
};

int oneBased(int zeroBased)
{
    return zeroBased < 0 ? 0 : zeroBased + 1;
}

} // namespace

QString JobYamlWarning::toString(const QString &fileName) const
{
    QString out = fileName;
    if (line > 0)
        out += u':' + QString::number(line) + u':' + QString::number(column);
    out += QStringLiteral(": ");
    if (!key.isEmpty())
        out += key + QStringLiteral(": ");
    return out + message;
}

YamlNodeReader::YamlNodeReader(QString fileName) : m_fileName(std::move(fileName))
{ }

QString YamlNodeReader::scalarText(const YAML::Node &node)
{
    QString s = QString::fromStdString(node.Scalar());
    if (s.size() > 40)
        s = s.left(37) + QStringLiteral("...");
    return u'"' + s + u'"';
}

QString YamlNodeReader::position(int line, int column) const
{
    if (line <= 0)
        return m_fileName;
    return QStringLiteral("%1:%2:%3").arg(m_fileName).arg(line).arg(column);
}

std::optional<YAML::Node> YamlNodeReader::loadMap(const QString &text)
{
    const std::string utf8 = text.toStdString();
    YAML::Node root;
    DocumentWalker walker;
    try {
        std::istringstream stream(utf8);
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(walker)) { }
        root = YAML::Load(utf8);
    } catch (const DocumentWalker::Stuck &stuck) {
        m_errors.append(position(oneBased(stuck.mark.line), oneBased(stuck.mark.column)) + QStringLiteral(": ")
            + tr("expected a value or a \"key: value\" line, found a \",\" outside [ ] or { }"));
        return std::nullopt;
    } catch (const DocumentWalker::TooMany &) {
        m_errors.append(position(1, 1) + QStringLiteral(": ") + tr("expected one job, found thousands of documents"));
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        int line = e.mark.line < 0 ? 1 : e.mark.line + 1;
        int column = e.mark.column < 0 ? 1 : e.mark.column + 1;
        // yaml-cpp reports a tab in the indentation as whatever it breaks; say what it is.
        const QString where = text.section(u'\n', line - 1, line - 1);
        qsizetype tab = -1;
        for (qsizetype i = 0; i < where.size() && where[i].isSpace(); ++i) {
            if (where[i] == u'\t') {
                tab = i;
                break;
            }
        }
        if (tab >= 0) {
            column = int(tab) + 1;
            m_errors.append(
                position(line, column) + QStringLiteral(": ") + tr("expected spaces for indentation, found a tab"));
        } else {
            m_errors.append(position(line, column) + QStringLiteral(": ") + explainParserError(e.msg));
        }
        m_detail = QString::fromStdString(e.what());
        return std::nullopt;
    }
    if (walker.documents == 0 || !root || root.IsNull()) {
        m_errors.append(position(1, 1) + QStringLiteral(": ")
            + tr("expected job settings as \"key: value\" lines, found an empty document"));
        return std::nullopt;
    }
    if (!root.IsMap()) {
        const YAML::Mark mark = root.Mark();
        m_errors.append(position(mark.line < 0 ? 1 : mark.line + 1, mark.column < 0 ? 1 : mark.column + 1)
            + QStringLiteral(": ")
            + tr("expected job settings as \"key: value\" lines at the top level, found %1").arg(found(root)));
        return std::nullopt;
    }
    if (walker.documents > 1) {
        const YAML::Mark &mark = walker.secondDocument;
        m_warnings.append({ QStringLiteral("---"), oneBased(mark.line), oneBased(mark.column),
            tr("the file holds %n more document(s) after the first; only the first is read", nullptr,
                walker.documents - 1) });
    }
    return root;
}

QList<YamlNodeReader::Entry> YamlNodeReader::entries(const YAML::Node &map, const QString &path)
{
    Entry root;
    root.path = path;
    root.value = map;
    const YAML::Mark mark = map.Mark();
    root.line = oneBased(mark.line);
    root.column = oneBased(mark.column);
    return entries(root);
}

QList<YamlNodeReader::Entry> YamlNodeReader::entries(const Entry &map, bool warnDuplicates)
{
    QList<Entry> out;
    if (!map.value || !map.value.IsMap())
        return out;
    QSet<QString> seen;
    for (auto it = map.value.begin(); it != map.value.end(); ++it) {
        Entry e;
        const YAML::Mark mark = it->first.Mark();
        e.line = mark.line < 0 ? map.line : mark.line + 1;
        e.column = mark.line < 0 ? map.column : mark.column + 1;
        e.value = it->second;
        if (!it->first.IsScalar()) {
            Entry at = e;
            at.path = map.path;
            fail(at, tr("expected a plain key before \":\", found %1").arg(found(it->first)));
            continue;
        }
        e.key = QString::fromStdString(it->first.Scalar());
        e.path = map.path.isEmpty() ? e.key : map.path + u'.' + e.key;
        if (warnDuplicates && seen.contains(e.key))
            warn(e, tr("written twice; the last one is used"));
        seen.insert(e.key);
        out.append(e);
    }
    return out;
}

QList<YamlNodeReader::Entry> YamlNodeReader::items(const Entry &list)
{
    QList<Entry> out;
    if (isNull(list))
        return out;
    if (list.value.IsScalar()) {
        Entry e = list;
        e.key = QStringLiteral("0");
        out.append(e);
        return out;
    }
    if (!list.value.IsSequence()) {
        fail(list, tr("expected a list, found %1").arg(found(list.value)));
        return out;
    }
    for (std::size_t i = 0; i < list.value.size(); ++i) {
        Entry e;
        e.value = list.value[i];
        const YAML::Mark mark = e.value.Mark();
        e.line = mark.line < 0 ? list.line : mark.line + 1;
        e.column = mark.line < 0 ? list.column : mark.column + 1;
        e.key = QString::number(i);
        e.path = list.path + u'[' + e.key + u']';
        out.append(e);
    }
    return out;
}

bool YamlNodeReader::requireMap(const Entry &e)
{
    if (isNull(e))
        return false;
    if (e.value.IsMap())
        return true;
    fail(e, tr("expected a map of \"key: value\" lines, found %1").arg(found(e.value)));
    return false;
}

std::optional<QString> YamlNodeReader::text(const Entry &e)
{
    if (isNull(e))
        return QString();
    if (e.value.IsScalar())
        return QString::fromStdString(e.value.Scalar());
    fail(e, tr("expected text, found %1").arg(found(e.value)));
    return std::nullopt;
}

std::optional<QString> YamlNodeReader::lines(const Entry &e)
{
    if (!isSequence(e))
        return text(e);
    QStringList parts;
    bool ok = true;
    for (const Entry &item : items(e)) {
        if (!item.value.IsScalar() && !isNull(item)) {
            fail(item, tr("expected a line of text, found %1").arg(found(item.value)));
            ok = false;
            continue;
        }
        QString line = isNull(item) ? QString() : QString::fromStdString(item.value.Scalar());
        if (line.endsWith(u'\n'))
            line.chop(1);
        parts.append(line);
    }
    if (!ok)
        return std::nullopt;
    return parts.join(u'\n');
}

std::optional<int> YamlNodeReader::integer(const Entry &e)
{
    if (isNull(e))
        return std::nullopt;
    if (e.value.IsScalar()) {
        bool ok = false;
        const int v = QString::fromStdString(e.value.Scalar()).trimmed().toInt(&ok);
        if (ok)
            return v;
    }
    fail(e, tr("expected a whole number, found %1").arg(found(e.value)));
    return std::nullopt;
}

std::optional<bool> YamlNodeReader::boolean(const Entry &e)
{
    if (isNull(e))
        return std::nullopt;
    if (e.value.IsScalar()) {
        const QString s = QString::fromStdString(e.value.Scalar()).trimmed().toLower();
        if (s == u"true" || s == u"yes" || s == u"on" || s == u"y")
            return true;
        if (s == u"false" || s == u"no" || s == u"off" || s == u"n")
            return false;
    }
    fail(e, tr("expected true or false, found %1").arg(found(e.value)));
    return std::nullopt;
}

std::optional<int> YamlNodeReader::minutes(const Entry &e, int bareUnitSeconds)
{
    if (isNull(e))
        return std::nullopt;
    if (e.value.IsScalar()) {
        const QString s = QString::fromStdString(e.value.Scalar()).trimmed();
        bool isNumber = false;
        const qint64 bare = s.toLongLong(&isNumber);
        if (isNumber) {
            const qint64 seconds = bare * bareUnitSeconds;
            const qint64 whole = seconds >= 0 ? (seconds + 59) / 60 : seconds / 60;
            if (whole >= -1'000'000'000 && whole <= 1'000'000'000) {
                if (seconds % 60 != 0)
                    warn(e,
                        tr("%1 seconds rounded up to %n minute(s)", nullptr, int(whole)).arg(bare * bareUnitSeconds));
                return int(whole);
            }
        } else if (const std::optional<int> m = JobYaml::parseMinutes(s)) {
            return m;
        }
    }
    fail(e, tr("expected a duration such as 90m, 2h or 1h30m, found %1").arg(found(e.value)));
    return std::nullopt;
}

std::optional<Money> YamlNodeReader::money(const Entry &e)
{
    if (isNull(e))
        return std::nullopt;
    if (e.value.IsScalar()) {
        if (const std::optional<Money> m = Money::parse(QString::fromStdString(e.value.Scalar())))
            return m;
    }
    fail(e, tr("expected an amount in US dollars such as 25 or $25.50, found %1").arg(found(e.value)));
    return std::nullopt;
}

std::optional<int> YamlNodeReader::gigabytes(const Entry &e)
{
    if (isNull(e))
        return std::nullopt;
    if (e.value.IsScalar()) {
        QString s = QString::fromStdString(e.value.Scalar()).trimmed().toUpper();
        s.remove(u' ');
        bool plain = false;
        const int bare = s.toInt(&plain);
        if (plain)
            return bare; // a negative size reads back as written; the validator reports it
        qint64 factorMb = 1024; // MB per unit
        if (s.endsWith(u"TB") || s.endsWith(u"TIB") || s.endsWith(u'T')) {
            factorMb = 1024 * 1024;
        } else if (s.endsWith(u"MB") || s.endsWith(u"MIB") || s.endsWith(u'M')) {
            factorMb = 1;
        }
        while (!s.isEmpty() && !s.back().isDigit())
            s.chop(1);
        bool ok = false;
        const qint64 amount = s.toLongLong(&ok);
        if (ok && amount >= 0) {
            const qint64 gb = amount * factorMb / 1024;
            if (gb <= 1'000'000'000)
                return int(gb);
        }
    }
    fail(e, tr("expected a size in GB such as 500 or 500GB, found %1").arg(found(e.value)));
    return std::nullopt;
}

void YamlNodeReader::warn(const Entry &at, const QString &message)
{
    m_warnings.append({ at.path, at.line, at.column, message });
}

void YamlNodeReader::warnUnknownKey(const Entry &at, const QStringList &knownKeys)
{
    const QString suggestion = closestMatch(at.key, knownKeys, 2);
    if (suggestion.isEmpty())
        warn(at, tr("unknown key, ignored"));
    else
        warn(at, tr("unknown key, ignored: did you mean \"%1\"?").arg(suggestion));
}

void YamlNodeReader::fail(const Entry &at, const QString &expected)
{
    QString line = position(at.line, at.column) + QStringLiteral(": ");
    if (!at.path.isEmpty())
        line += at.path + QStringLiteral(": ");
    m_errors.append(line + expected);
}

Error YamlNodeReader::error() const
{
    QString detail = m_errors.join(u'\n');
    if (!m_detail.isEmpty())
        detail += u'\n' + m_detail;
    return makeError(Error::Kind::InvalidInput, m_errors.value(0), detail);
}

} // namespace gpudesk
