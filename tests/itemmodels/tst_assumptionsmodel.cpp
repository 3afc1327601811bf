// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptionsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

namespace {

int rowOf(const AssumptionsModel &model, const char *key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(int(AssumptionsModel::Role::Key)).toString()
            == QLatin1String(key))
            return row;
    }
    return -1;
}

} // namespace

class TestAssumptionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryAssumption();
    void editsAreValidated_data();
    void editsAreValidated();
    void undoAndRedo();
};

void TestAssumptionsModel::listsEveryAssumption()
{
    AssumptionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(Assumptions::specs().size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString label = model.index(row, AssumptionsModel::NameColumn).data().toString();
        QVERIFY2(!label.contains(QLatin1Char('_')), qPrintable(label)); // a sentence, not a key
        QVERIFY(!model.index(row, AssumptionsModel::UnitColumn).data().toString().isEmpty());
        QVERIFY(model.flags(model.index(row, AssumptionsModel::ValueColumn)) & Qt::ItemIsEditable);
        QVERIFY(
            !(model.flags(model.index(row, AssumptionsModel::NameColumn)) & Qt::ItemIsEditable));
    }
    QCOMPARE(
        model.index(rowOf(model, "as_of_date"), AssumptionsModel::ValueColumn).data().toString(),
        QStringLiteral("Latest date in the data"));
    // A rule is shown by its name, stored by its word.
    const QModelIndex allocation
        = model.index(rowOf(model, "programme_allocation"), AssumptionsModel::ValueColumn);
    QCOMPARE(allocation.data().toString(),
             QStringLiteral("Share of the social customers in the selection"));
    QCOMPARE(allocation.data(Qt::EditRole).toString(), QStringLiteral("social_customers"));
}

void TestAssumptionsModel::editsAreValidated_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("cost") << "cost_per_contact_phone"
                          << "7.5" << true;
    QTest::newRow("negative cost") << "cost_per_contact_phone"
                                   << "-7.5" << false;
    QTest::newRow("cost not a number") << "cost_per_contact_chat"
                                       << "cheap" << false;
    QTest::newRow("as-of date") << "as_of_date"
                                << "2025-06-30" << true;
    QTest::newRow("as-of back to the data") << "as_of_date"
                                            << "" << true;
    QTest::newRow("impossible date") << "programme_launch_date"
                                     << "2025-13-01" << false;
    QTest::newRow("horizon") << "horizon_months"
                             << "24" << true;
    QTest::newRow("horizon out of range") << "horizon_months"
                                          << "0" << false;
    QTest::newRow("save window negative") << "save_window_days"
                                          << "-1" << false;
    QTest::newRow("currency") << "currency"
                              << "pln" << true;
    QTest::newRow("currency too long") << "currency"
                                       << "zloty" << false;
    QTest::newRow("allocation rule") << "programme_allocation"
                                     << "all_customers" << true;
    QTest::newRow("allocation rule unknown") << "programme_allocation"
                                             << "by_revenue" << false;
}

void TestAssumptionsModel::editsAreValidated()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    AssumptionsModel model;
    QSignalSpy edited(&model, &AssumptionsModel::assumptionsEdited);
    const int row = rowOf(model, key.toLatin1().constData());
    QVERIFY(row >= 0);
    const QModelIndex value = model.index(row, AssumptionsModel::ValueColumn);
    const QString before = value.data(Qt::EditRole).toString();
    QCOMPARE(model.setData(value, text), accepted);
    if (!accepted) {
        QCOMPARE(value.data(Qt::EditRole).toString(), before);
        QCOMPARE(model.undoStack()->count(), 0);
        QCOMPARE(edited.count(), 0);
    }
}

void TestAssumptionsModel::undoAndRedo()
{
    AssumptionsModel model;
    QSignalSpy edited(&model, &AssumptionsModel::assumptionsEdited);
    const int phone = rowOf(model, "cost_per_contact_phone");
    const int currency = rowOf(model, "currency");
    QVERIFY(model.setValueText(phone, QStringLiteral("9")));
    QVERIFY(model.setValueText(currency, QStringLiteral("PLN")));
    QCOMPARE(model.assumptions().contactCost(Channel::Phone), 9.0);
    QVERIFY(model.index(phone, AssumptionsModel::UnitColumn)
                .data()
                .toString()
                .contains(QStringLiteral("PLN")));

    model.undoStack()->undo();
    QCOMPARE(model.assumptions().currency, QStringLiteral("EUR"));
    model.undoStack()->undo();
    QCOMPARE(model.assumptions().contactCost(Channel::Phone), 6.0);
    model.undoStack()->redo();
    QCOMPARE(model.assumptions().contactCost(Channel::Phone), 9.0);
    QCOMPARE(edited.count(), 5);
    QCOMPARE(edited.last().first().value<Assumptions>().contactCost(Channel::Phone), 9.0);

    // Loading a project's assumptions starts a new history.
    model.setAssumptions(Assumptions::defaults());
    QCOMPARE(model.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestAssumptionsModel)
#include "tst_assumptionsmodel.moc"
