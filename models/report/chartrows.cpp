// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartrows.h"

namespace {

const QLatin1String contactsSuffix("_contacts_per_customer_month");

QStringList present(const MetricGroup &group, const QStringList &names)
{
    QStringList rows;
    for (const MetricRow &row : group.rows) {
        if (names.contains(row.name))
            rows << row.name;
    }
    return rows;
}

} // namespace

namespace ChartRows {

QStringList barRows(const MetricGroup &group)
{
    const QString &id = group.id;
    if (id == QLatin1String("operational_cost")) {
        QStringList rows;
        for (const MetricRow &row : group.rows) {
            if (row.name.endsWith(contactsSuffix))
                rows << row.name;
        }
        return rows;
    }
    if (id == QLatin1String("self_service"))
        return present(group, {QStringLiteral("self_service_share")});
    if (id == QLatin1String("saves"))
        return present(group, {QStringLiteral("save_rate")});
    if (id == QLatin1String("cross_sell"))
        return present(group, {QStringLiteral("cross_sell_share")});
    if (id == QLatin1String("process_innovation"))
        return present(group, {QStringLiteral("process_change_share")});
    if (id == QLatin1String("relationship"))
        return present(group,
                       {QStringLiteral("clv"), QStringLiteral("expected_value_over_horizon")});
    return {};
}

QStringList secondBarRows(const MetricGroup &group)
{
    if (group.id == QLatin1String("relationship"))
        return present(group, {QStringLiteral("average_order_value")});
    return {};
}

QStringList spreadsheetRows(const MetricGroup &group)
{
    if (group.id == QLatin1String("retention")) {
        return present(group,
                       {QStringLiteral("retention_3m"), QStringLiteral("retention_6m"),
                        QStringLiteral("retention_12m")});
    }
    if (group.id == QLatin1String("raves")) {
        return present(group,
                       {QStringLiteral("recommend_share"), QStringLiteral("detractor_share"),
                        QStringLiteral("positive_mention_share"),
                        QStringLiteral("negative_mention_share")});
    }
    return barRows(group);
}

QString headlineRow(const MetricGroup &group)
{
    static const std::pair<const char *, const char *> headlines[] = {
        {"retention", "retention_12m"},
        {"operational_cost", "support_cost_per_customer_month"},
        {"self_service", "self_service_share"},
        {"saves", "save_rate"},
        {"raves", "nps"},
        {"cross_sell", "cross_sell_share"},
        {"process_innovation", "process_change_share"},
        {"relationship", "clv"},
    };
    for (const auto &[groupId, rowName] : headlines) {
        if (group.id == QLatin1String(groupId) && group.row(QLatin1String(rowName)))
            return QLatin1String(rowName);
    }
    return group.rows.empty() ? QString() : group.rows.front().name;
}

} // namespace ChartRows
