#include "Clock.h"

namespace gpudesk {

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace gpudesk
