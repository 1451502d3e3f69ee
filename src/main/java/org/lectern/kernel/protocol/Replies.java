package org.lectern.kernel.protocol;

import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.MessageType;

/**
 * Reply contents that jjava 1.0-a6 gets wrong on the wire: its kernel_info, history, comm_info,
 * interrupt and shutdown replies lack the {@code "status"} every reply must carry, and its history
 * reply serializes entries as objects instead of {@code [session, line, input]} tuples.
 */
public final class Replies {
    /** The status of a successful reply. */
    public static final String OK = "ok";

    private Replies() {
    }

    /** The content of a {@code kernel_info_reply}. */
    public record KernelInfo(
            String status,
            @SerializedName("protocol_version") String protocolVersion,
            String implementation,
            @SerializedName("implementation_version") String implementationVersion,
            @SerializedName("language_info") LanguageInfo languageInfo,
            String banner,
            @SerializedName("help_links") List<HelpLink> helpLinks) {
    }

    /** The content of a {@code history_reply}: tuples {@code [session, line, input]} or {@code [session, line, [input, output]]}. */
    public record History(String status, List<List<Object>> history) {
    }

    /** The content of a {@code comm_info_reply}: comm id to {@code {"target_name": ...}}. */
    public record CommInfo(String status, Map<String, Map<String, String>> comms) {
    }

    /** The content of a {@code shutdown_reply}. */
    public record Shutdown(String status, boolean restart) {
    }

    /** The content of a reply that carries only its status, such as {@code interrupt_reply}. */
    public record Status(String status) {
    }

    /** Returns a reply message to {@code request} of the given type with any content object Gson can write. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Message<?> to(MessageContext request, MessageType<?> type, Object content) {
        // jjava types a message by its own content classes; the content is only ever written out by Gson.
        return new Message(request, (MessageType) type, content);
    }
}
