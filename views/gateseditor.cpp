#include "gateseditor.h"

#include "fixedfont.h"
#include "pipelinedocumentmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>

namespace slipway {

namespace {

enum DetailPage { HttpPage, ScriptPage };

void name(QWidget *widget, const QString &objectName, const QString &accessible, const QString &tip) {
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessible);
    widget->setToolTip(tip);
}

} // namespace

QJsonObject httpGateTemplate() {
    return {{QStringLiteral("name"), GatesEditor::tr("HTTP check")},
            {QStringLiteral("type"), QStringLiteral("http")},
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("url"), QStringLiteral("https://status.example.test/health")},
            {QStringLiteral("successStatus"), QStringLiteral("200-299")}};
}

QJsonObject scriptGateTemplate() {
    return {{QStringLiteral("name"), GatesEditor::tr("Script check")},
            {QStringLiteral("type"), QStringLiteral("script")},
            {QStringLiteral("script"), QStringLiteral("# exit 0 when the stage may go on\nexit 0")}};
}

GatesEditor::GatesEditor(PipelineDocumentModel &model, const QString &key, const QString &title, QWidget *parent)
    : QGroupBox(title, parent), m_model(model), m_key(key) {
    setObjectName(key);
    setCheckable(true);
    setAccessibleName(title);
    setToolTip(tr("Tick to evaluate gates; untick to remove them"));
    m_gates = new QListWidget(this);
    name(m_gates, key + QStringLiteral("List"), tr("Gates"), tr("The gates; all must succeed. Select one to edit it"));
    m_gates->setMaximumHeight(90);
    m_addHttp = new QPushButton(tr("Add HTTP check"), this);
    name(m_addHttp, key + QStringLiteral("AddHttp"), m_addHttp->text(),
         tr("A gate that calls a URL and checks the answer"));
    m_addScript = new QPushButton(tr("Add script check"), this);
    name(m_addScript, key + QStringLiteral("AddScript"), m_addScript->text(),
         tr("A gate that runs a script; exit code 0 passes"));
    m_remove = new QPushButton(tr("Remove"), this);
    name(m_remove, key + QStringLiteral("Remove"), tr("Remove gate"), tr("Remove the selected gate"));

    auto *list = new QGridLayout;
    list->addWidget(m_gates, 0, 0, 3, 1);
    list->addWidget(m_addHttp, 0, 1);
    list->addWidget(m_addScript, 1, 1);
    list->addWidget(m_remove, 2, 1);
    auto *form = new QFormLayout(this);
    form->addRow(buildTimings());
    form->addRow(tr("Gates:"), list);
    form->addRow(buildGateForm());

    connect(this, &QGroupBox::toggled, this, [this](bool on) {
        if (!m_loading)
            write(on ? current() : QJsonObject());
    });
    connect(m_addHttp, &QPushButton::clicked, this, [this] { addGate(httpGateTemplate()); });
    connect(m_addScript, &QPushButton::clicked, this, [this] { addGate(scriptGateTemplate()); });
    connect(m_remove, &QPushButton::clicked, this, &GatesEditor::removeGate);
    connect(m_gates, &QListWidget::currentRowChanged, this, [this] {
        if (!m_loading)
            loadGate();
    });
    connect(&model, &PipelineDocumentModel::documentEdited, this, [this] {
        if (!m_loading)
            load();
    });
    load();
}

QWidget *GatesEditor::buildTimings() {
    auto *box = new QWidget(this);
    auto *grid = new QFormLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const struct {
        const char *key;
        QString label;
        QString fallback;
        QString tip;
    } timings[] = {
        {"delay", tr("Wait before the first check:"), QStringLiteral("0s"), tr("Time to let the deployment settle")},
        {"samplingInterval", tr("Check every:"), QStringLiteral("5m"), tr("Time between two evaluations")},
        {"timeout", tr("Give up after:"), QStringLiteral("6h"),
         tr("The stage fails when the gates have not passed by then")},
        {"minSuccessDuration", tr("Must pass for:"), QStringLiteral("0s"),
         tr("The gates must keep passing this long before the stage goes on")},
    };
    for (const auto &timing : timings) {
        auto *edit = new QLineEdit(box);
        const QString key = QString::fromLatin1(timing.key);
        QString suffix = key;
        suffix[0] = suffix[0].toUpper();
        name(edit, m_key + suffix, QString(timing.label).remove(QLatin1Char(':')), timing.tip);
        edit->setPlaceholderText(tr("%1 (the default)").arg(timing.fallback));
        m_timings.insert(key, edit);
        connect(edit, &QLineEdit::textEdited, this, &GatesEditor::writeTimings);
        grid->addRow(timing.label, edit);
    }
    m_approvalOrder = new QComboBox(box);
    name(m_approvalOrder, m_key + QStringLiteral("ApprovalOrder"), tr("Approvals and gates order"),
         tr("When this side's approvals are asked for, relative to the gates"));
    m_approvalOrder->addItem(tr("Approvals first, then the gates"), QStringLiteral("beforeGates"));
    m_approvalOrder->addItem(tr("Gates first; approvals once they pass"), QStringLiteral("afterSuccessfulGates"));
    m_approvalOrder->addItem(tr("Gates first; approvals whatever their result"), QStringLiteral("afterGatesAlways"));
    connect(m_approvalOrder, &QComboBox::currentIndexChanged, this, &GatesEditor::writeTimings);
    grid->addRow(tr("Approvals:"), m_approvalOrder);
    return box;
}

QWidget *GatesEditor::buildGateForm() {
    m_gateForm = new QWidget(this);
    auto *form = new QFormLayout(m_gateForm);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(m_gateForm);
    name(m_name, m_key + QStringLiteral("Name"), tr("Gate name"), tr("What the gate checks, shown on the release"));
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { writeGateField(QStringLiteral("name"), text); });
    form->addRow(tr("Gate name:"), m_name);

    auto *http = new QWidget(m_gateForm);
    auto *httpForm = new QFormLayout(http);
    httpForm->setContentsMargins(0, 0, 0, 0);
    m_method = new QComboBox(http);
    name(m_method, m_key + QStringLiteral("Method"), tr("HTTP method"), tr("The request's method"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("HEAD")});
    connect(m_method, &QComboBox::textActivated, this,
            [this](const QString &text) { writeGateField(QStringLiteral("method"), text); });
    httpForm->addRow(tr("Method:"), m_method);
    const struct {
        const char *key;
        const char *suffix;
        QString label;
        QString tip;
    } fields[] = {
        {"url", "Url", tr("URL:"), tr("The address to call; variables such as $(url) are replaced")},
        {"successStatus", "SuccessStatus", tr("Passing status:"),
         tr("The HTTP statuses that pass, e.g. 200 or 200-299")},
        {"jsonPath", "JsonPath", tr("JSON field:"), tr("Optional: a field of the JSON answer to compare, e.g. status")},
        {"equals", "Equals", tr("Must equal:"), tr("Optional: the value that field must have")},
    };
    for (const auto &field : fields) {
        auto *edit = new QLineEdit(http);
        const QString key = QString::fromLatin1(field.key);
        name(edit, m_key + QString::fromLatin1(field.suffix), QString(field.label).remove(QLatin1Char(':')), field.tip);
        m_httpFields.insert(key, edit);
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) { writeGateField(key, text); });
        httpForm->addRow(field.label, edit);
    }
    m_script = new QPlainTextEdit(m_gateForm);
    name(m_script, m_key + QStringLiteral("Script"), tr("Gate script"),
         tr("A shell script; it passes when it exits with 0"));
    m_script->setFont(fixedWidthFont());
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setMinimumHeight(90);
    connect(m_script, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            writeGateField(QStringLiteral("script"), m_script->toPlainText());
    });
    m_details = new QStackedWidget(m_gateForm);
    m_details->insertWidget(HttpPage, http);
    m_details->insertWidget(ScriptPage, m_script);
    form->addRow(m_details);
    return m_gateForm;
}

void GatesEditor::setStage(const QModelIndex &stage) {
    m_stage = stage;
    m_gates->setCurrentRow(-1);
    load();
}

QString GatesEditor::stagePath() const {
    return m_stage.isValid() ? m_stage.data(PipelineDocumentModel::PathRole).toString() : QString();
}

QString GatesEditor::path() const {
    return stagePath() + QLatin1Char('.') + m_key;
}

QString GatesEditor::gatePath() const {
    return path() + QStringLiteral(".gates[%1]").arg(m_gates->currentRow());
}

QJsonObject GatesEditor::current() const {
    return stagePath().isEmpty() ? QJsonObject() : m_model.value(path()).toObject();
}

void GatesEditor::load() {
    m_loading = true;
    const QJsonObject gates = current();
    setChecked(!stagePath().isEmpty() && m_model.value(path()).isObject());
    for (auto it = m_timings.cbegin(); it != m_timings.cend(); ++it) {
        const QString text = gates.value(it.key()).toString();
        if (it.value()->text() != text)
            it.value()->setText(text);
    }
    const QString fallbackOrder =
        m_key.startsWith(QLatin1String("pre")) ? QStringLiteral("beforeGates") : QStringLiteral("afterSuccessfulGates");
    m_approvalOrder->setCurrentIndex(
        std::max(0, m_approvalOrder->findData(gates.value(QStringLiteral("approvalOrder")).toString(fallbackOrder))));
    const int row = m_gates->currentRow();
    m_gates->clear();
    for (const QJsonValue gate : gates.value(QStringLiteral("gates")).toArray())
        m_gates->addItem(gate[QStringLiteral("type")].toString() == QLatin1String("script")
                             ? tr("%1 (script)").arg(gate[QStringLiteral("name")].toString())
                             : tr("%1 (HTTP)").arg(gate[QStringLiteral("name")].toString()));
    m_gates->setCurrentRow(row < m_gates->count() ? row : m_gates->count() - 1);
    m_loading = false;
    loadGate();
}

void GatesEditor::loadGate() {
    m_loading = true;
    const int row = m_gates->currentRow();
    m_gateForm->setVisible(row >= 0);
    m_remove->setEnabled(row >= 0);
    if (row >= 0) {
        const QJsonObject gate = m_model.value(gatePath()).toObject();
        if (m_name->text() != gate.value(QStringLiteral("name")).toString())
            m_name->setText(gate.value(QStringLiteral("name")).toString());
        const bool script = gate.value(QStringLiteral("type")).toString() == QLatin1String("script");
        m_details->setCurrentIndex(script ? ScriptPage : HttpPage);
        if (script && m_script->toPlainText() != gate.value(QStringLiteral("script")).toString())
            m_script->setPlainText(gate.value(QStringLiteral("script")).toString());
        m_method->setCurrentText(gate.value(QStringLiteral("method")).toString(QStringLiteral("GET")));
        for (auto it = m_httpFields.cbegin(); it != m_httpFields.cend(); ++it)
            if (it.value()->text() != gate.value(it.key()).toString())
                it.value()->setText(gate.value(it.key()).toString());
    }
    m_loading = false;
}

void GatesEditor::write(const QJsonObject &gates) {
    if (stagePath().isEmpty())
        return;
    m_loading = true;
    if (!isChecked()) {
        m_model.setValue(path(), QJsonValue(QJsonValue::Undefined));
    } else {
        QJsonObject written = gates;
        if (!written.contains(QStringLiteral("gates")))
            written.insert(QStringLiteral("gates"), QJsonArray{});
        m_model.setValue(path(), written);
    }
    m_loading = false;
    load();
}

void GatesEditor::writeTimings() {
    if (m_loading)
        return;
    QJsonObject gates = current();
    for (auto it = m_timings.cbegin(); it != m_timings.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            gates.remove(it.key());
        else
            gates.insert(it.key(), text);
    }
    const QString fallbackOrder =
        m_key.startsWith(QLatin1String("pre")) ? QStringLiteral("beforeGates") : QStringLiteral("afterSuccessfulGates");
    const QString order = m_approvalOrder->currentData().toString();
    if (order != fallbackOrder || gates.contains(QStringLiteral("approvalOrder")))
        gates.insert(QStringLiteral("approvalOrder"), order);
    write(gates);
}

// One field of the selected gate, set in place so that the editor keeps its cursor.
void GatesEditor::writeGateField(const QString &key, const QString &text) {
    if (m_loading || m_gates->currentRow() < 0)
        return;
    m_loading = true;
    m_model.setValue(gatePath() + QLatin1Char('.') + key, text);
    if (key == QLatin1String("name") && m_gates->currentItem())
        m_gates->currentItem()->setText(m_details->currentIndex() == ScriptPage ? tr("%1 (script)").arg(text)
                                                                                : tr("%1 (HTTP)").arg(text));
    m_loading = false;
}

void GatesEditor::addGate(const QJsonObject &gate) {
    QJsonObject gates = current();
    QJsonArray list = gates.value(QStringLiteral("gates")).toArray();
    list.append(gate);
    gates.insert(QStringLiteral("gates"), list);
    write(gates);
    m_gates->setCurrentRow(m_gates->count() - 1);
}

void GatesEditor::removeGate() {
    const int row = m_gates->currentRow();
    QJsonObject gates = current();
    QJsonArray list = gates.value(QStringLiteral("gates")).toArray();
    if (row < 0 || row >= list.size())
        return;
    list.removeAt(row);
    gates.insert(QStringLiteral("gates"), list);
    write(gates);
}

} // namespace slipway
