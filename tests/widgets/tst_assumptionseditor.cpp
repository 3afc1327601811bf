// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptionseditor.h"
#include "assumptionsmodel.h"
#include "demogenerator.h"
#include "projectlock.h"
#include "projectstore.h"
#include "sqliteconnection.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

// Opening the project waits while the editor's save holds it; on a loaded
// machine (the suite runs in parallel) that alone has taken over 5 s.
constexpr int storeTimeout = 20000;

QString storedValue(const QString &path, const char *key)
{
    // The editor may be saving right now: a busy project reads as "" and the
    // QTRY_ loops ask again.
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
    if (!store)
        return QString();
    SqliteStatement query
        = store->connection().prepare("SELECT value FROM assumptions WHERE key = ?");
    query.bind(1, QString::fromLatin1(key));
    return query.step() ? query.text(0) : QString();
}

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

class TestAssumptionsEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editsAreStoredAndUndone();
    void resetToDefaultsIsOneUndoStep();
    void allocationRuleIsChosenFromAList();
    void busyProjectShowsWhyAndNeverDefaults();

private:
    void openEditor(AssumptionsEditor &editor);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestAssumptionsEditor::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.socialroi"));
    DemoOptions options;
    options.customers = 300;
    QVERIFY(DemoGenerator::generate(m_path, options, false).ok);
}

void TestAssumptionsEditor::openEditor(AssumptionsEditor &editor)
{
    QSignalSpy reset(editor.model(), &QAbstractItemModel::modelReset);
    editor.setProject(m_path);
    QVERIFY(reset.wait(5000));
}

void TestAssumptionsEditor::editsAreStoredAndUndone()
{
    AssumptionsEditor editor;
    editor.resize(900, 560);
    openEditor(editor);
    // The demo sets its own programme cost and as-of date.
    QCOMPARE(editor.model()->assumptions().asOfDate, QDate(2025, 12, 31));

    QSignalSpy saved(&editor, &AssumptionsEditor::assumptionsSaved);
    const int phone = rowOf(*editor.model(), "cost_per_contact_phone");
    QVERIFY(editor.model()->setData(editor.model()->index(phone, AssumptionsModel::ValueColumn),
                                    QStringLiteral("8.25")));
    QVERIFY(saved.wait(storeTimeout));
    QTRY_COMPARE_WITH_TIMEOUT(storedValue(m_path, "cost_per_contact_phone"), QStringLiteral("8.25"),
                              storeTimeout);

    editor.model()->undoStack()->undo();
    QVERIFY(saved.wait(storeTimeout));
    QTRY_COMPARE_WITH_TIMEOUT(storedValue(m_path, "cost_per_contact_phone"), QStringLiteral("6.00"),
                              storeTimeout);

    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
    QVERIFY(editor.grab().save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/assumptions-editor.png")));
}

void TestAssumptionsEditor::resetToDefaultsIsOneUndoStep()
{
    AssumptionsEditor editor;
    openEditor(editor);
    QSignalSpy saved(&editor, &AssumptionsEditor::assumptionsSaved);
    const int horizon = rowOf(*editor.model(), "horizon_months");
    QVERIFY(editor.model()->setValueText(horizon, QStringLiteral("24")));
    QVERIFY(saved.wait(storeTimeout));
    QMetaObject::invokeMethod(&editor, [&editor] { editor.findChild<QPushButton *>()->click(); });
    QTRY_COMPARE(editor.model()->assumptions().horizonMonths, 12);
    QTRY_COMPARE_WITH_TIMEOUT(storedValue(m_path, "horizon_months"), QStringLiteral("12"),
                              storeTimeout);
    QCOMPARE(editor.model()->assumptions().asOfDate, QDate()); // defaults: from the data
    editor.model()->undoStack()->undo();
    QCOMPARE(editor.model()->assumptions().horizonMonths, 24);
    QCOMPARE(editor.model()->assumptions().asOfDate, QDate(2025, 12, 31));
    QTRY_COMPARE_WITH_TIMEOUT(storedValue(m_path, "horizon_months"), QStringLiteral("24"),
                              storeTimeout);
}

void TestAssumptionsEditor::allocationRuleIsChosenFromAList()
{
    // The rule that charges a filter's cost is picked by its name from a
    // list, and stored as its word.
    AssumptionsEditor editor;
    openEditor(editor);
    auto *view = editor.findChild<QTableView *>();
    QVERIFY(view);
    const QModelIndex index = editor.model()->index(rowOf(*editor.model(), "programme_allocation"),
                                                    AssumptionsModel::ValueColumn);
    QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index);
    QVERIFY(delegate);
    std::unique_ptr<QWidget> widget(
        delegate->createEditor(view->viewport(), QStyleOptionViewItem(), index));
    auto *combo = qobject_cast<QComboBox *>(widget.get());
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    delegate->setEditorData(combo, index);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("social_customers"));
    QCOMPARE(combo->currentText(),
             QStringLiteral("Share of the social customers in the selection"));

    QSignalSpy saved(&editor, &AssumptionsEditor::assumptionsSaved);
    combo->setCurrentIndex(combo->findData(QStringLiteral("all_customers")));
    delegate->setModelData(combo, editor.model(), index);
    QCOMPARE(editor.model()->assumptions().programmeAllocation,
             Assumptions::ProgrammeAllocation::AllCustomers);
    QVERIFY(saved.wait(storeTimeout));
    QTRY_COMPARE_WITH_TIMEOUT(storedValue(m_path, "programme_allocation"),
                              QStringLiteral("all_customers"), storeTimeout);
    editor.model()->undoStack()->undo();
    QVERIFY(saved.wait(storeTimeout));
    QTRY_COMPARE_WITH_TIMEOUT(storedValue(m_path, "programme_allocation"),
                              QStringLiteral("social_customers"), storeTimeout);
}

void TestAssumptionsEditor::busyProjectShowsWhyAndNeverDefaults()
{
    // Another process holds the project (an import, say) so that nothing can
    // read it: the editor says so, offers nothing to edit and writes nothing;
    // once the project is free it shows the project's own figures, not the
    // defaults.
    const QString path = m_dir.filePath(QStringLiteral("busy.socialroi"));
    QVERIFY(QFile::copy(m_path, path));
    const QString horizonBefore = storedValue(path, "horizon_months");
    QVERIFY(!horizonBefore.isEmpty());
    {
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
        QVERIFY(store);
        store->connection().execute(
            "UPDATE assumptions SET value = '4321.00' WHERE key = 'programme_cost_per_month'");
    }
    ProjectLock lock(path, "UPDATE assumptions SET value = value WHERE key = 'currency'");
    QVERIFY(lock.isLocked());

    AssumptionsEditor editor;
    editor.setProject(path);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.messageText().isEmpty(), storeTimeout);
    QVERIFY2(editor.messageText().contains(QLatin1String("Nothing is saved")),
             qPrintable(editor.messageText()));
    QVERIFY(!editor.isLoaded());
    QVERIFY(!editor.view()->isEnabled());
    // An edit that slips through (a script, a queued event) is not saved.
    QSignalSpy saved(&editor, &AssumptionsEditor::assumptionsSaved);
    editor.model()->setValueText(rowOf(*editor.model(), "horizon_months"), QStringLiteral("36"));
    QTest::qWait(300);
    QCOMPARE(saved.count(), 0);

    lock.release();
    QTRY_VERIFY_WITH_TIMEOUT(editor.isLoaded(), storeTimeout);
    QVERIFY(editor.messageText().isEmpty());
    QVERIFY(editor.view()->isEnabled());
    QCOMPARE(editor.model()->assumptions().programmeCostPerMonth, 4321.0);
    QCOMPARE(storedValue(path, "programme_cost_per_month"), QStringLiteral("4321.00"));
    QCOMPARE(storedValue(path, "horizon_months"), horizonBefore); // the slipped edit: not saved
    QCOMPARE(QString::number(editor.model()->assumptions().horizonMonths), horizonBefore);
}

QTEST_MAIN(TestAssumptionsEditor)
#include "tst_assumptionseditor.moc"
