#pragma once

#include "scan/FrameSource.h"

#include <QFileInfoList>
#include <QImage>
#include <QTimer>

#include <chrono>

namespace passgate {

// images:DIR - every picture of a folder (by file name) shown like a camera would show it: the same frame
// repeated at frameRate for holdTime, so a busy reader still sees each picture. Finishes after the last
// picture unless it loops.
class ImageFolderFrameSource : public FrameSource
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds holdTime{1000};
        int frameRate = 10;
        bool loop = false;
    };

    explicit ImageFolderFrameSource(const QString &folder, QObject *parent = nullptr);
    ImageFolderFrameSource(const QString &folder, Options options, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    ScanOrigin origin() const override { return ScanOrigin::ImageFolder; }
    QString description() const override;

    // The pictures it shows, in order (known after start()).
    const QFileInfoList &images() const { return m_images; }

private:
    void showNextFrame();
    bool advance(); // to the next readable picture; false (and Finished/Failed) when there is none
    bool loadImage(qsizetype index);

    QString m_folder;
    Options m_options;
    QTimer m_timer;
    QFileInfoList m_images;
    qsizetype m_current = -1;
    int m_framesShown = 0; // of the current picture
    int m_framesPerImage = 1;
    bool m_showedAny = false;
    QImage m_image; // the current picture
};

} // namespace passgate
