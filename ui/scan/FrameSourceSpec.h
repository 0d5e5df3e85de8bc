#pragma once

#include "scan/FrameSource.h"
#include "scan/ScanError.h"

#include <QString>

#include <chrono>
#include <memory>

namespace passgate {

// A frame source named on the command line or in the kiosk's configuration:
//   camera[:ID]  a webcam (default camera, or by id, description or 0-based index)
//   video:FILE   a video file
//   images:DIR   a folder of pictures, one after the other
//   demo[:LIST]  the demo passes (the bundled list, or a pass list file)
struct FrameSourceSpec
{
    enum class Kind
    {
        Camera,
        VideoFile,
        ImageFolder,
        Demo,
    };
    Kind kind = Kind::Demo;
    QString argument; // the ID, FILE, DIR or LIST; may be empty for camera and demo

    QString toString() const;
    friend bool operator==(const FrameSourceSpec &, const FrameSourceSpec &) = default;
};

Result<FrameSourceSpec, ScanFailure> parseFrameSourceSpec(const QString &text);

// What the camera-less sources need beyond their argument.
struct FrameSourceSettings
{
    std::chrono::milliseconds imageHoldTime{1000};
    std::chrono::milliseconds demoHoldTime{3000};
    int frameRate = 10; // for images and demo
    bool loop = false;  // images and demo start over after the last picture or pass
};

std::unique_ptr<FrameSource> createFrameSource(const FrameSourceSpec &spec,
                                               const FrameSourceSettings &settings = {});

// The kiosk's default: the camera when the system has one, the demo passes otherwise.
FrameSourceSpec defaultFrameSourceSpec();

} // namespace passgate
