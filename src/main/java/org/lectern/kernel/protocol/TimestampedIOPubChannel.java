package org.lectern.kernel.protocol;

import org.dflib.jjava.jupyter.channels.IOPubChannel;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.zeromq.ZMQ;

/** jjava's IOPub channel, sending every message with a precise date ({@link PreciseTimestamps}). */
final class TimestampedIOPubChannel extends IOPubChannel {
    TimestampedIOPubChannel(ZMQ.Context context, HMACGenerator hmac) {
        super(context, hmac);
    }

    @Override
    public synchronized void sendMessage(Message<?> message) {
        super.sendMessage(PreciseTimestamps.restamp(message));
    }
}
