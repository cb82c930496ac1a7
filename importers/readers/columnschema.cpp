#include "columnschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace EdxLoader {

const ColumnSchema &ColumnSchema::builtIn()
{
    static const ColumnSchema schema = [] {
        ColumnSchema s;
        QFile f(QStringLiteral(":/edxloader/tables.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !s.load(f.readAll(), &error))
            qWarning("built-in column schema unusable: %s", qPrintable(error));
        return s;
    }();
    return schema;
}

bool ColumnSchema::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    const QJsonObject tables = root.value(QLatin1String("tables")).toObject();
    if (tables.isEmpty()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    static const std::pair<const char *, Type> kinds[] = {
        {"int", Type::Int}, {"float", Type::Float}, {"flag", Type::Flag}, {"datetime", Type::DateTime}};
    m_tables.clear();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        Table table;
        for (const auto &[name, type] : kinds) {
            for (const QJsonValue &column : t.value(QLatin1String(name)).toArray())
                table.columns.insert(column.toString(), type);
        }
        if (t.value(QLatin1String("escaping")).toString() == QLatin1String("backslash"))
            table.escaping = Escaping::Backslash;
        m_tables.insert(it.key(), table);
    }
    return true;
}

ColumnSchema::Type ColumnSchema::type(const QString &table, const QString &column) const
{
    const auto t = m_tables.constFind(table);
    return t == m_tables.cend() ? Type::String : t->columns.value(column, Type::String);
}

ColumnSchema::Escaping ColumnSchema::escaping(const QString &table) const
{
    const auto t = m_tables.constFind(table);
    return t == m_tables.cend() ? Escaping::MySql : t->escaping;
}

} // namespace EdxLoader
