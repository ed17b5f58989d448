#include "SshStallWatch.h"

#include <sys/socket.h>

namespace gpudesk {

bool SshStallWatch::breakSocket(int fd)
{
    // shutdown(), not close(): the descriptor stays the worker's (no other socket can take its
    // number), but every wait on it ends at once.
    return ::shutdown(fd, SHUT_RDWR) == 0;
}

} // namespace gpudesk
