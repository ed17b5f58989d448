#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>

namespace gpudesk {

namespace {


} // namespace

Result<CsvReader> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parse(QString::fromUtf8(file.readAll()), path);
}

Result<CsvReader> CsvReader::parse(const QString &text, const QString &fileName)
{
    CsvReader reader;
    reader.m_fileName = fileName;

    QList<Row> records;
    Row current;
    QString cell;
    bool inQuotes = false;
    bool cellWasQuoted = false;
    int line = 1;
    current.line = 1;
    bool rowHasContent = false;

    auto endCell = [&] {
        current.cells.append(cell);
        cell.clear();
        cellWasQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        if (rowHasContent)
            records.append(current);
        current = Row{};
        rowHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"' && cell.isEmpty() && !cellWasQuoted) {
            inQuotes = true;
            cellWasQuoted = true;
            rowHasContent = true;
            if (current.line == 0)
                current.line = line;
        } else if (c == u',') {
            rowHasContent = true;
            endCell();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            endRow();
            ++line;
            current.line = line;
        } else {
            if (!rowHasContent)
                current.line = line;
            rowHasContent = true;
            cell += c;
        }
    }
    if (inQuotes)
        return makeError(Error::Kind::InvalidInput,
                         QStringLiteral("%1:%2: ").arg(fileName).arg(current.line)
                             + tr("a quoted cell is never closed"));
    if (rowHasContent || !cell.isEmpty())
        endRow();

    if (records.isEmpty())
        return makeError(Error::Kind::InvalidInput,
                         QStringLiteral("%1:1: ").arg(fileName) + tr("the file is empty (a header row is required)"));

    reader.m_header = records.takeFirst().cells;
    for (int i = 0; i < reader.m_header.size(); ++i)
        reader.m_columns.insert(reader.m_header.at(i).trimmed(), i);
    for (const Row &row : std::as_const(records)) {
        if (row.cells.size() != reader.m_header.size())
            return reader.rowError(row, tr("expected %1 cells as in the header, found %2")
                                            .arg(reader.m_header.size())
                                            .arg(row.cells.size()));
    }
    reader.m_rows = std::move(records);
    return reader;
}

Result<void> CsvReader::requireColumns(const QStringList &names) const
{
    QStringList missing;
    for (const QString &name : names) {
        if (!m_columns.contains(name))
            missing << name;
    }
    if (missing.isEmpty())
        return {};
    return makeError(Error::Kind::InvalidInput,
                     QStringLiteral("%1:1: ").arg(m_fileName)
                         + tr("missing column(s): %1").arg(missing.join(QStringLiteral(", "))));
}

Error CsvReader::rowError(const Row &row, const QString &message) const
{
    return makeError(Error::Kind::InvalidInput, QStringLiteral("%1:%2: %3").arg(m_fileName).arg(row.line).arg(message));
}

QString CsvReader::formatLine(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells) {
        if (c.contains(u',') || c.contains(u'"') || c.contains(u'\n') || c.contains(u'\r')) {
            QString q = c;
            q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out << u'"' + q + u'"';
        } else {
            out << c;
        }
    }
    return out.join(u',');
}

} // namespace gpudesk
