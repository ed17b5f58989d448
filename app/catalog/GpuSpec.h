#pragma once

#include <QString>

#include <optional>

namespace gpudesk {

// One GPU model's published figures (per GPU). Empty optionals mean no source gave the value.
struct GpuSpec
{
    QString model;            // join key, e.g. "H100 SXM"
    QString vendor;
    QString architecture;     // "Hopper", "Blackwell", "Ada Lovelace", …
    int releaseYear = 0;
    std::optional<int> memoryGb;
    QString memoryType;
    std::optional<int> memoryBandwidthGBs;
    std::optional<double> fp32Tflops;
    std::optional<double> bf16DenseTflops;
    std::optional<double> fp8DenseTflops;
    std::optional<int> tdpW;
    QString interconnect;
    QString formFactor;
    QString source;

    // The GPU-to-GPU fabric of a multi-GPU machine of this part ("NVLink 5", "AMD Infinity Fabric"),
    // or empty: PCIe cards, including those with a 2-card NVLink bridge, have none.
    QString fabric() const;
    // Architecture generation used to rank "newest" parts: higher is newer.
    int generation() const;

    bool operator==(const GpuSpec &) const = default;
};

} // namespace gpudesk
