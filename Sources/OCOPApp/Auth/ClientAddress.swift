import Vapor

/// Địa chỉ người gửi: behind nginx every request comes from 127.0.0.1, so a limit keyed by the peer
/// (public sign-up: 10 a window per address) would be one bucket for the whole province, and one busy
/// hour would lock everyone out. A proxy on this machine is believed about the person's address
/// (the last entry of `X-Forwarded-For`, the one it added itself); anyone else is taken at its word
/// as the peer, so a client cannot pick its own bucket by sending the header.
extension Request {
    /// True when the peer is on this machine (a reverse proxy such as nginx on loopback).
    var comesFromLocalProxy: Bool {
        guard let peer = remoteAddress?.ipAddress else { return false }
        return peer == "127.0.0.1" || peer == "::1"
    }

    /// The address a per-person limit is keyed by.
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "?"
        guard comesFromLocalProxy, let forwarded = headers.first(name: "X-Forwarded-For") else { return peer }
        let last = forwarded.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return last.isEmpty ? peer : String(last.prefix(64))
    }
}
