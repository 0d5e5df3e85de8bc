#include "scan/DemoFrameSource.h"

#include "scan/QrCodeImage.h"
#include "scan/VideoFrames.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

namespace passgate {

namespace {

int framesFor(std::chrono::milliseconds duration, int frameRate)
{
    return int(qMax<qint64>(1, duration.count() * frameRate / 1000));
}

} // namespace

DemoFrameSource::DemoFrameSource(QObject *parent)
    : DemoFrameSource(Options{}, parent)
{}

DemoFrameSource::DemoFrameSource(Options options, QObject *parent)
    : FrameSource(parent)
    , m_options(std::move(options))
{
    m_options.frameRate = qBound(1, m_options.frameRate, 120);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DemoFrameSource::showNextFrame);
}

QString DemoFrameSource::description() const
{
    return m_options.passList == bundledDemoPassList() ? QStringLiteral("demo")
                                                       : QStringLiteral("demo:") + m_options.passList;
}

QString DemoFrameSource::currentLabel() const
{
    return m_current >= 0 ? m_passes[m_current].label : QString();
}

void DemoFrameSource::start()
{
    stop();
    auto passes = loadDemoPassList(m_options.passList);
    if (!passes) {
        setState(State::Failed, passes.error().reason);
        return;
    }
    m_passes = *passes;
    m_passScene = QImage();
    m_emptyScene = renderScene(nullptr);
    m_current = -1;
    m_nextPass = 0;
    m_framesLeft = 0;
    setState(State::Running, tr("Demo: %n pass(es)", nullptr, int(m_passes.size())));
    m_timer.start(1000 / m_options.frameRate);
    showNextFrame();
}

void DemoFrameSource::stop()
{
    m_timer.stop();
    if (state() == State::Running)
        setState(State::Stopped, tr("Stopped"));
}

void DemoFrameSource::showNextFrame()
{
    if (m_framesLeft == 0) {
        if (m_current >= 0) { // a pass was shown: now a gap
            m_current = -1;
            m_framesLeft = framesFor(m_options.gapTime, m_options.frameRate);
            Q_EMIT currentPassChanged();
        } else {
            if (m_nextPass >= m_passes.size()) {
                if (!m_options.loop) {
                    m_timer.stop();
                    setState(State::Finished,
                             tr("Demo: showed all %n pass(es)", nullptr, int(m_passes.size())));
                    return;
                }
                m_nextPass = 0;
            }
            m_current = m_nextPass++;
            m_passScene = renderScene(&m_passes[m_current]);
            if (m_passScene.isNull()) {
                m_timer.stop();
                setState(State::Failed,
                         tr("cannot render the demo pass '%1' as a QR code").arg(m_passes[m_current].label));
                m_current = -1;
                return;
            }
            m_framesLeft = framesFor(m_options.holdTime, m_options.frameRate);
            Q_EMIT currentPassChanged();
        }
    }
    --m_framesLeft;
    // A new frame every time: a sink passes on only frames that differ from the last one.
    present(videoFrameFromImage(m_current >= 0 ? m_passScene : m_emptyScene));
}

QImage DemoFrameSource::renderScene(const DemoPass *pass) const
{
    const QSize size = m_options.frameSize;
    QImage scene(size, QImage::Format_RGB32);
    scene.fill(QColor(0x3c, 0x42, 0x4a)); // a counter top
    QPainter painter(&scene);
    painter.setRenderHint(QPainter::Antialiasing);

    // A phone held up to the camera: a white screen, portrait, two thirds of the frame high.
    const int cardHeight = size.height() * 5 / 6;
    const int cardWidth = cardHeight * 9 / 16;
    const QRect card((size.width() - cardWidth) / 2, (size.height() - cardHeight) / 2, cardWidth, cardHeight);
    QPainterPath outline;
    outline.addRoundedRect(card, cardWidth / 12.0, cardWidth / 12.0);
    painter.fillPath(outline, Qt::white);
    if (!pass)
        return scene;

    const auto modules = renderQrCode(pass->payload, 1, 4);
    if (!modules)
        return {};
    const int scale = qMax(1, (cardWidth * 9 / 10) / modules->width());
    const QImage code =
        modules->scaled(modules->size() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    const QPoint codeAt(card.center().x() - code.width() / 2, card.top() + cardHeight / 8);
    painter.drawImage(codeAt, code);

    // Text needs fonts, which only a GUI application has loaded.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QFont font = painter.font();
        font.setPixelSize(qMax(12, cardHeight / 22));
        painter.setFont(font);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        const QRect caption(card.left(), codeAt.y() + code.height() + cardHeight / 30, card.width(),
                            cardHeight / 8);
        painter.drawText(caption, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, pass->label);
    }
    return scene;
}

} // namespace passgate
