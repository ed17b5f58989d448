#include "OutputTable.h"

#include "catalog/CsvReader.h"

#include <QTextStream>

namespace gpudesk {

OutputTable::OutputTable(QList<Column> columns)
    : m_columns(std::move(columns))
{
}

void OutputTable::addRow(QStringList cells)
{
    while (cells.size() < m_columns.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

bool OutputTable::parseFormat(const QString &text, Format &format)
{
    if (text == QStringLiteral("table"))
        format = Format::Table;
    else if (text == QStringLiteral("json"))
        format = Format::Json;
    else if (text == QStringLiteral("csv"))
        format = Format::Csv;
    else
        return false;
    return true;
}

QString OutputTable::jsonString(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

void OutputTable::write(QTextStream &out, Format format) const
{
    switch (format) {
    case Format::Json: {
        out << "[";
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            out << (r ? ",\n  {" : "\n  {");
            for (qsizetype c = 0; c < m_columns.size(); ++c) {
                const Column &col = m_columns.at(c);
                const QString &cell = m_rows.at(r).at(c);
                out << (c ? ", " : "") << jsonString(col.key) << ": ";
                if (cell.isEmpty())
                    out << "null";
                else if (col.kind == Kind::String)
                    out << jsonString(cell);
                else
                    out << cell;
            }
            out << "}";
        }
        out << (m_rows.isEmpty() ? "]\n" : "\n]\n");
        break;
    }
    case Format::Csv: {
        QStringList header;
        for (const Column &c : m_columns)
            header << c.key;
        out << CsvReader::formatLine(header) << "\n";
        for (const QStringList &row : m_rows)
            out << CsvReader::formatLine(row) << "\n";
        break;
    }
    case Format::Table: {
        // Width in terminal cells: CJK characters take two.
        auto width = [](const QString &s) {
            int w = 0;
            for (QChar c : s)
                w += (c.unicode() >= 0x1100 && (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf)
                                                 || (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3)
                                                 || (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff)
                                                 || (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)))
                         ? 2
                         : 1;
            return w;
        };
        QList<int> widths;
        for (const Column &c : m_columns)
            widths << width(c.heading);
        for (const QStringList &row : m_rows) {
            for (qsizetype c = 0; c < m_columns.size(); ++c)
                widths[c] = std::max(widths[c], width(row.at(c)));
        }
        auto line = [&](const QStringList &cells) {
            QString text;
            for (qsizetype c = 0; c < m_columns.size(); ++c) {
                const QString pad(widths[c] - width(cells.at(c)), u' ');
                const bool last = c == m_columns.size() - 1;
                if (m_columns.at(c).rightAlign)
                    text += pad + cells.at(c);
                else
                    text += cells.at(c) + (last ? QString() : pad);
                if (!last)
                    text += QStringLiteral("  ");
            }
            out << text << "\n";
        };
        QStringList headings;
        for (const Column &c : m_columns)
            headings << c.heading;
        line(headings);
        for (const QStringList &row : m_rows)
            line(row);
        break;
    }
    }
}

} // namespace gpudesk
