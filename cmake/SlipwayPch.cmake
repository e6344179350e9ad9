# Precompiled Qt headers. Parsing Qt's headers is about half of what each file costs to compile (7 of 20 s for a
# test on the CI machine's kind), so every library target precompiles the ones its files include most, and all tests
# share one precompiled header (tests/CMakeLists.txt). GCC uses a precompiled header only under the same macros, and
# CMake passes -Winvalid-pch: with -Werror a mismatch fails the build instead of silently slowing it.
# -DSLIPWAY_PCH=OFF builds without them (a check that every file includes what it uses).
option(SLIPWAY_PCH "Precompile the Qt headers most files include (a faster build)" ON)

set(SLIPWAY_PCH_CORE
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QElapsedTimer> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QLocale> <QMap> <QObject> <QProcess> <QRegularExpression>
    <QSet> <QString> <QStringList> <QTextStream> <QTimer> <QTimeZone> <QUrl> <QVariant>)
set(SLIPWAY_PCH_WIDGETS ${SLIPWAY_PCH_CORE}
    <QApplication> <QCheckBox> <QComboBox> <QDateTimeEdit> <QDialog> <QDialogButtonBox> <QFormLayout> <QGroupBox>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QListWidget> <QMenu> <QMessageBox> <QPlainTextEdit>
    <QPushButton> <QSplitter> <QStyle> <QTableView> <QTabWidget> <QTreeView> <QVBoxLayout> <QWidget>)
set(SLIPWAY_PCH_TESTS ${SLIPWAY_PCH_WIDGETS}
    <QAbstractItemModelTester> <QSignalSpy> <QSqlDatabase> <QSqlError> <QSqlQuery> <QTemporaryDir> <QTest>)

# slipway_precompile(TARGET CORE|WIDGETS): TARGET precompiles that list for its own files.
# slipway_precompile(TARGET REUSE OTHER): TARGET uses OTHER's (both must see the same Qt modules).
function(slipway_precompile target list)
  if(NOT SLIPWAY_PCH)
    return()
  endif()
  if(list STREQUAL "REUSE")
    target_precompile_headers(${target} REUSE_FROM ${ARGV2})
  else()
    target_precompile_headers(${target} PRIVATE ${SLIPWAY_PCH_${list}})
  endif()
endfunction()
