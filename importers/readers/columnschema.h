#pragma once

#include <QHash>
#include <QString>

namespace EdxLoader {

// Column types of the edX SQL tables (resources/tables.json, FORMATS.md §3).
class ColumnSchema
{
public:
    enum class Type { String, Int, Float, Flag, DateTime };
    enum class Escaping { MySql, Backslash };

    static const ColumnSchema &builtIn();
    bool load(const QByteArray &json, QString *error);

    Type type(const QString &table, const QString &column) const;
    Escaping escaping(const QString &table) const;
    bool knows(const QString &table) const { return m_tables.contains(table); }

private:
    struct Table
    {
        QHash<QString, Type> columns;
        Escaping escaping = Escaping::MySql;
    };
    QHash<QString, Table> m_tables;
};

} // namespace EdxLoader
