#include "scan/ImageFolderFrameSource.h"

#include "scan/ScanLog.h"
#include "scan/VideoFrames.h"

#include <QDir>
#include <QImageReader>

namespace passgate {

ImageFolderFrameSource::ImageFolderFrameSource(const QString &folder, QObject *parent)
    : ImageFolderFrameSource(folder, Options{}, parent)
{}

ImageFolderFrameSource::ImageFolderFrameSource(const QString &folder, Options options, QObject *parent)
    : FrameSource(parent)
    , m_folder(folder)
    , m_options(options)
{
    m_options.frameRate = qBound(1, m_options.frameRate, 120);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ImageFolderFrameSource::showNextFrame);
}

QString ImageFolderFrameSource::description() const
{
    return QStringLiteral("images:") + m_folder;
}

void ImageFolderFrameSource::start()
{
    stop();
    const QDir dir(m_folder);
    if (!dir.exists()) {
        setState(State::Failed, tr("No such folder: %1").arg(m_folder));
        return;
    }
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    m_images = dir.entryInfoList(patterns, QDir::Files | QDir::Readable, QDir::Name);
    if (m_images.isEmpty()) {
        setState(State::Failed, tr("No pictures in %1").arg(m_folder));
        return;
    }
    const auto holdMs = std::max<qint64>(1, m_options.holdTime.count());
    m_framesPerImage = int(qMax<qint64>(1, holdMs * m_options.frameRate / 1000));
    m_current = -1;
    m_showedAny = false;
    m_framesShown = m_framesPerImage; // the first frame moves to picture 0
    setState(State::Running,
             tr("Showing %n picture(s) from %1", nullptr, int(m_images.size())).arg(m_folder));
    m_timer.start(1000 / m_options.frameRate);
    showNextFrame();
}

void ImageFolderFrameSource::stop()
{
    m_timer.stop();
    m_image = {};
    if (state() == State::Running)
        setState(State::Stopped, tr("Stopped"));
}

void ImageFolderFrameSource::showNextFrame()
{
    if (m_framesShown >= m_framesPerImage && !advance())
        return;
    ++m_framesShown;
    // A new frame every time: a sink passes on only frames that differ from the last one.
    present(videoFrameFromImage(m_image));
}

bool ImageFolderFrameSource::advance()
{
    // Unreadable pictures are skipped with a warning; each is tried once per pass over the folder.
    qsizetype candidate = m_current;
    for (qsizetype tried = 0; tried < m_images.size(); ++tried) {
        if (++candidate >= m_images.size()) {
            if (!m_options.loop)
                break;
            candidate = 0;
        }
        if (loadImage(candidate)) {
            m_current = candidate;
            m_framesShown = 0;
            m_showedAny = true;
            return true;
        }
    }
    m_timer.stop();
    m_image = {};
    if (m_showedAny)
        setState(State::Finished, tr("Showed every picture of %1").arg(m_folder));
    else
        setState(State::Failed, tr("No readable picture in %1").arg(m_folder));
    return false;
}

bool ImageFolderFrameSource::loadImage(qsizetype index)
{
    QImageReader reader(m_images[index].filePath());
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        qCWarning(lcScan).noquote() << "skipping" << m_images[index].filePath() << ":"
                                    << reader.errorString();
        return false;
    }
    m_image = image.convertToFormat(QImage::Format_RGB32);
    return true;
}

} // namespace passgate
