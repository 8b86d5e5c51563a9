# Richards' operating-system scheduler simulation; stresses method calls, attribute access and linked-list manipulation on small objects.
"""Martin Richards' classic benchmark: six tasks (idle, worker, two packet
handlers, two devices) exchange work packets through a priority scheduler.
The idle task runs n times; the result is the number of packets queued and
the number of times a task was put on hold. Those counts are fixed by the
algorithm (the published reference run with n=10000 gives 23246 and 9297).
"""

SIZES = {"quick": 1000, "full": 50000}

# Task identifiers; they index Scheduler.tasks.
ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
TASK_COUNT = 6

KIND_DEVICE = 0
KIND_WORK = 1

DATA_SIZE = 4

# Task state bits. A task is runnable when it has packets waiting, suspended
# when it waits for a packet, held when another task has blocked it.
RUNNING = 0
RUNNABLE = 1
SUSPENDED = 2
HELD = 4
SUSPENDED_RUNNABLE = SUSPENDED | RUNNABLE

# (packets queued, holds) for the idle-task count n. 1000 and 10000 are the
# published reference values; 50000 was computed with CPython 3.13.
EXPECTED = {
    1000: (2322, 928),
    10000: (23246, 9297),
    50000: (116391, 46556),
}


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Append this packet at the end of queue; return the new head."""
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class TaskControlBlock:
    """The scheduler's view of a task: priority, state and input queue."""

    def __init__(self, link, ident, priority, queue, task):
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.task = task
        self.state = SUSPENDED if queue is None else SUSPENDED_RUNNABLE

    def is_held_or_suspended(self):
        return (self.state & HELD) != 0 or self.state == SUSPENDED

    def run(self):
        if self.state == SUSPENDED_RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            self.state = RUNNING if self.queue is None else RUNNABLE
        else:
            packet = None
        return self.task.run(packet)

    def enqueue(self, packet, current):
        """Add packet to this task's queue; return the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.state |= RUNNABLE
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class Scheduler:
    def __init__(self):
        self.tasks = [None] * TASK_COUNT
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.queue_count = 0
        self.hold_count = 0

    def add_task(self, ident, priority, queue, task):
        tcb = TaskControlBlock(self.task_list, ident, priority, queue, task)
        self.task_list = tcb
        self.tasks[ident] = tcb
        return tcb

    def schedule(self):
        tcb = self.task_list
        while tcb is not None:
            if tcb.is_held_or_suspended():
                tcb = tcb.link
            else:
                self.current = tcb
                self.current_id = tcb.ident
                tcb = tcb.run()

    # Services the tasks call; each returns the task to run next.

    def release(self, ident):
        tcb = self.tasks[ident]
        tcb.state &= ~HELD
        if tcb.priority > self.current.priority:
            return tcb
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.state |= HELD
        return self.current.link

    def suspend_current(self):
        self.current.state |= SUSPENDED
        return self.current

    def send(self, packet):
        """Send packet to the task it names; it comes back stamped with the
        sender's id so the receiver knows where it came from."""
        target = self.tasks[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return target.enqueue(packet, self.current)


class IdleTask:
    def __init__(self, scheduler, count):
        self.scheduler = scheduler
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        # A 16-bit shift-register sequence decides which device to wake.
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(ID_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(ID_DEVICE_B)


class WorkerTask:
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.destination = ID_HANDLER_A
        self.counter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.suspend_current()
        # Alternate the two handlers and fill the packet with letters 1..26.
        self.destination = ID_HANDLER_B if self.destination == ID_HANDLER_A else ID_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        data = packet.data
        for i in range(DATA_SIZE):
            self.counter += 1
            if self.counter > 26:
                self.counter = 1
            data[i] = self.counter
        return self.scheduler.send(packet)


class HandlerTask:
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.work = None      # work packets waiting to be processed
        self.devices = None   # device packets available to carry data

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            index = work.datum
            if index < DATA_SIZE:
                # Ship the next datum of the work packet on a device packet.
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.datum = work.data[index]
                    work.datum = index + 1
                    return self.scheduler.send(device)
            else:
                # Work packet fully shipped: return it to the worker.
                self.work = work.link
                return self.scheduler.send(work)
        return self.scheduler.suspend_current()


class DeviceTask:
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.suspend_current()
            done = self.pending
            self.pending = None
            return self.scheduler.send(done)
        self.pending = packet
        return self.scheduler.hold_current()


def packet_chain(count, ident, kind):
    queue = None
    for _ in range(count):
        queue = Packet(queue, ident, kind)
    return queue


def bench(n):
    s = Scheduler()
    # The idle task is the only one running at the start.
    s.add_task(ID_IDLE, 0, None, IdleTask(s, n)).state = RUNNING
    s.add_task(ID_WORKER, 1000, packet_chain(2, ID_WORKER, KIND_WORK), WorkerTask(s))
    s.add_task(ID_HANDLER_A, 2000, packet_chain(3, ID_DEVICE_A, KIND_DEVICE), HandlerTask(s))
    s.add_task(ID_HANDLER_B, 3000, packet_chain(3, ID_DEVICE_B, KIND_DEVICE), HandlerTask(s))
    s.add_task(ID_DEVICE_A, 4000, None, DeviceTask(s))
    s.add_task(ID_DEVICE_B, 5000, None, DeviceTask(s))
    s.schedule()
    return (s.queue_count, s.hold_count)


def check(result, n):
    if n not in EXPECTED:
        raise AssertionError(f"richards: no reference for n={n}")
    if result != EXPECTED[n]:
        raise AssertionError(f"richards: expected {EXPECTED[n]!r} for n={n}, got {result!r}")


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("richards", n, "ok")
