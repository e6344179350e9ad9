#include "stagecardsview.h"

#include "statuspresentation.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway {

namespace {

QLabel *line(const QString &text, QWidget *parent, const QString &name = {}) {
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StageCardsView::StageCardsView(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("stageCards"));
    m_grid = new QGridLayout(this);
    m_grid->setHorizontalSpacing(44);
    m_grid->setVerticalSpacing(10);
    m_grid->setContentsMargins(4, 4, 4, 4);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void StageCardsView::showCards(const PipelineGraph &graph, const QString &artifacts, const QList<StageCard> &cards) {
    m_graph = graph;
    for (QWidget *card : std::as_const(m_cards))
        delete card;
    m_cards.clear();

    auto *source = new QFrame(this);
    source->setObjectName(QStringLiteral("stageCard_artifacts"));
    source->setFrameShape(QFrame::StyledPanel);
    auto *sourceLayout = new QVBoxLayout(source);
    QLabel *title = line(tr("Artifacts"), source);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    sourceLayout->addWidget(title);
    sourceLayout->addWidget(line(artifacts.isEmpty() ? tr("none") : artifacts, source));
    sourceLayout->addStretch();
    m_grid->addWidget(source, 0, 0, std::max(1, graph.rows), 1, Qt::AlignTop);
    m_cards.insert(QString(), source);

    for (const StageCard &card : cards) {
        const GraphStage *place = graph.stage(card.stage);
        QWidget *widget = makeCard(card);
        m_grid->addWidget(widget, place ? place->row : 0, place ? place->column : 1, Qt::AlignTop);
        m_cards.insert(card.stage, widget);
    }
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);
    m_grid->setColumnStretch(m_grid->columnCount(), 1);
    update();
}

QWidget *StageCardsView::makeCard(const StageCard &card) {
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("stageCard_") + card.stage);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMinimumWidth(170);
    const QColor colour = card.waitingFor.isEmpty() ? stageStatusColor(card.status) : waitingColor();
    auto *layout = new QVBoxLayout(frame);
    layout->setSpacing(2);
    QLabel *name = line(card.stage, frame);
    name->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(name);
    QLabel *status = line(card.waitingFor.isEmpty() ? stageStatusLabel(card.status) : card.waitingFor, frame,
                          QStringLiteral("stageStatus_") + card.stage);
    status->setStyleSheet(
        QStringLiteral("background: %1; color: %2; border-radius: 8px; padding: 1px 8px;")
            .arg(colour.name(), colour.lightness() > 150 ? QStringLiteral("#202020") : QStringLiteral("white")));
    layout->addWidget(status);
    if (card.attempt > 0) {
        QString when = tr("Attempt %1").arg(card.attempt);
        if (card.startedAt.isValid())
            when +=
                QStringLiteral(" · ") + QLocale().toString(card.startedAt.toLocalTime(), QStringLiteral("d MMM HH:mm"));
        layout->addWidget(line(when, frame));
    }
    if (!card.preApprovals.isEmpty())
        layout->addWidget(line(tr("Before: %1").arg(card.preApprovals), frame));
    if (!card.gates.isEmpty())
        layout->addWidget(line(tr("Gates: %1").arg(card.gates), frame));
    if (!card.postApprovals.isEmpty())
        layout->addWidget(line(tr("After: %1").arg(card.postApprovals), frame));
    if (card.action != StageCard::Action::None) {
        const QString text = card.action == StageCard::Action::Deploy     ? tr("Deploy…")
                             : card.action == StageCard::Action::Redeploy ? tr("Redeploy…")
                                                                          : tr("Cancel");
        auto *button = new QPushButton(text, frame);
        button->setObjectName(QStringLiteral("stageAction_") + card.stage);
        button->setToolTip(card.action == StageCard::Action::Cancel ? tr("Cancel this stage's deployment")
                                                                    : tr("Deploy this stage of the release"));
        connect(button, &QPushButton::clicked, this,
                [this, stage = card.stage, action = card.action] { Q_EMIT actionRequested(stage, action); });
        layout->addWidget(button);
    }
    return frame;
}

// The trigger arrows, drawn under the cards from the right edge of one to the left edge of the next.
void StageCardsView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.4));
    for (const GraphEdge &edge : m_graph.edges) {
        const QWidget *from = m_cards.value(edge.from);
        const QWidget *to = m_cards.value(edge.to);
        if (!from || !to)
            continue;
        const QPointF start(from->geometry().right() + 1, from->geometry().top() + 24);
        const QPointF end(to->geometry().left() - 2, to->geometry().top() + 24);
        painter.drawPath(triggerArrow(start, end));
    }
}

} // namespace slipway
