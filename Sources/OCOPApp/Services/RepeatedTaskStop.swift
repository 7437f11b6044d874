import NIOCore
import Vapor

extension Application {
    /// Cancels a task scheduled from boot and waits for a run in progress to finish. Without the
    /// wait, an application shut down while a run was querying (a short test, a quick restart)
    /// closed the database under it, and SQLite's driver stops the process on a connection left open.
    func stopRepeatedTask(_ task: RepeatedTask?) async {
        guard let task else { return }
        let promise = eventLoopGroup.next().makePromise(of: Void.self)
        task.cancel(promise: promise)
        try? await promise.futureResult.get()
    }
}
