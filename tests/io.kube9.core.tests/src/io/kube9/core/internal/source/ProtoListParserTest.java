package io.kube9.core.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.google.protobuf.CodedOutputStream;

import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;

/**
 * Lists in their protobuf form, encoded here field by field as the API server writes them (including the fields the
 * reader skips), give the same items as the same lists in JSON.
 */
class ProtoListParserTest {

	private static final long NOV_1 = Instant.parse("2026-11-01T10:00:00Z").getEpochSecond();

	@Test
	void podsAsInJson() throws IOException {
		String json = """
				{"metadata":{"resourceVersion":"42","continue":"next-page","remainingItemCount":7},"items":[
				 {"metadata":{"name":"web-1","namespace":"shop","uid":"u1","creationTimestamp":"2026-11-01T10:00:00Z",
				   "labels":{"app":"web","tier":"front"}},
				  "status":{"phase":"Running","containerStatuses":[
				    {"ready":true,"restartCount":0,"state":{"running":{}}},
				    {"ready":true,"restartCount":3,"state":{"running":{}}}]}},
				 {"metadata":{"name":"crash","namespace":"shop","uid":"u2","creationTimestamp":"2026-11-01T10:00:00Z"},
				  "status":{"phase":"Running","containerStatuses":[
				    {"ready":false,"restartCount":12,"state":{"waiting":{"reason":"CrashLoopBackOff"}}}]}},
				 {"metadata":{"name":"going","namespace":"shop","uid":"u3","creationTimestamp":"2026-11-01T10:00:00Z",
				   "deletionTimestamp":"2026-11-01T10:00:00Z"},"status":{"phase":"Running"}},
				 {"metadata":{"name":"done","namespace":"jobs","uid":"u4"},"status":{"phase":"Failed","reason":"Evicted",
				   "containerStatuses":[{"ready":false,"restartCount":0,"state":{"terminated":{"reason":"Error"}}}]}}]}
				""";
		Message web = pod(meta("web-1", "shop", "u1", time(NOV_1)).label("app", "web").label("tier", "front"),
				status("Running", "").messages(8, container(true, 0, state(2, "")), container(true, 3, state(2, ""))));
		Message crash = pod(meta("crash", "shop", "u2", time(NOV_1)),
				status("Running", "").messages(8, container(false, 12, state(1, "CrashLoopBackOff"))));
		Message going = pod(meta("going", "shop", "u3", time(NOV_1)).message(9, time(NOV_1)), status("Running", ""));
		// A zero creation time is an empty message on the wire, and absent (null) in JSON.
		Message done = pod(meta("done", "jobs", "u4", new Message()),
				status("Failed", "Evicted").messages(8, container(false, 0, state(3, "Error"))));
		Message list = new Message()
				.message(1, new Message().text(2, "42").text(3, "next-page").integer(4, 7))
				.messages(2, web, crash, going, done);
		assertSameItems(ResourceKinds.PODS, json, list);
	}

	@Test
	void nodesAsInJson() throws IOException {
		String json = """
				{"metadata":{"resourceVersion":"9"},"items":[
				 {"metadata":{"name":"a","uid":"n1"},"spec":{"unschedulable":true},
				  "status":{"conditions":[{"type":"MemoryPressure","status":"False"},{"type":"Ready","status":"True"}],
				   "nodeInfo":{"kubeletVersion":"v1.36.3"}}},
				 {"metadata":{"name":"b","uid":"n2"},"status":{"conditions":[{"type":"Ready","status":"Unknown"}]}},
				 {"metadata":{"name":"c","uid":"n3"}}]}
				""";
		Message a = new Message().message(1, meta("a", "", "n1", new Message()))
				.message(2, new Message().text(1, "10.0.0.0/24").bool(4, true))
				.message(3, new Message().messages(4, condition("MemoryPressure", "False"), condition("Ready", "True"))
						.message(7, new Message().text(4, "6.1").text(7, "v1.36.3"))
						.messages(8, new Message().text(1, "an image")));
		Message b = new Message().message(1, meta("b", "", "n2", new Message()))
				.message(2, new Message().bool(4, false))
				.message(3, new Message().messages(4, condition("Ready", "Unknown")).message(7, new Message()));
		Message c = new Message().message(1, meta("c", "", "n3", new Message()));
		assertSameItems(ResourceKinds.NODES, json,
				new Message().message(1, new Message().text(2, "9").text(3, "")).messages(2, a, b, c));
	}

	@Test
	void namespacesAsInJson() throws IOException {
		assertSameItems(ResourceKinds.NAMESPACES, """
				{"items":[{"metadata":{"name":"default","uid":"s1","creationTimestamp":"2026-11-01T10:00:00Z"},
				 "status":{"phase":"Active"}},{"metadata":{"name":"old","uid":"s2"},"status":{"phase":"Terminating"}}]}
				""", new Message().messages(2,
				new Message().message(1, meta("default", "", "s1", time(NOV_1))).message(2, new Message())
						.message(3, new Message().text(1, "Active")),
				new Message().message(1, meta("old", "", "s2", new Message()))
						.message(3, new Message().text(1, "Terminating"))));
	}

	@Test
	void refusesWhatIsNotKubernetesProtobuf() {
		assertThrows(IOException.class, () -> ProtoListParser.parse(ResourceKinds.PODS,
				new ByteArrayInputStream("{\"items\":[]}".getBytes()), "test"));
	}

	@Test
	void readsTheMessageOfAFailure() throws IOException {
		Message status = new Message().text(2, "Failure").text(3, "pods is forbidden: User \"x\" cannot list")
				.text(4, "Forbidden").integer(6, 403);
		assertEquals("pods is forbidden: User \"x\" cannot list", Json.text(
				com.google.gson.JsonParser.parseString(ProtoStatus.asJson(body(status))).getAsJsonObject(),
				"message"));
		assertEquals("", ProtoStatus.asJson("not protobuf".getBytes()));
	}

	private static void assertSameItems(ResourceKind kind, String json, Message list) throws IOException {
		ResourcePage expected = ListParser.parse(kind, new StringReader(json), "test");
		ResourcePage actual = ProtoListParser.parse(kind, new ByteArrayInputStream(body(list)), "test");
		assertEquals(expected.items(), actual.items());
		assertEquals(expected.continueToken(), actual.continueToken());
		assertEquals(expected.remainingCount(), actual.remainingCount());
		assertEquals(expected.resourceVersion(), actual.resourceVersion());
	}

	/** "k8s\0", then a runtime.Unknown with its type and the message as raw (2). */
	private static byte[] body(Message raw) {
		Message unknown = new Message().message(1, new Message().text(1, "v1").text(2, "List")).bytes(2, raw.bytes())
				.text(3, "").text(4, "");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { 'k', '8', 's', 0 });
		out.writeBytes(unknown.bytes());
		return out.toByteArray();
	}

	private static Message pod(Message metadata, Message status) {
		Message spec = new Message().messages(2, new Message().text(1, "c").text(2, "nginx")).text(10, "node-1");
		return new Message().message(1, metadata).message(2, spec).message(3, status);
	}

	/** ObjectMeta with the fields the reader skips around the ones it keeps. */
	private static Message meta(String name, String namespace, String uid, Message created) {
		return new Message().text(1, name).text(2, "").text(3, namespace).text(5, uid).text(6, "123")
				.integer(7, 1).message(8, created).entry(12, "huge", "x".repeat(300))
				.messages(17, new Message().text(1, "kubectl").message(7, new Message().bytes(1, "{}".getBytes())));
	}

	private static Message time(long seconds) {
		return new Message().integer(1, seconds);
	}

	private static Message status(String phase, String reason) {
		return new Message().text(1, phase).text(3, "").text(4, reason).text(5, "10.0.0.1");
	}

	private static Message container(boolean ready, int restarts, Message state) {
		return new Message().text(1, "c").message(2, state).message(3, state(3, "OOMKilled")).bool(4, ready)
				.integer(5, restarts).text(6, "nginx:1").bool(9, true);
	}

	/** ContainerState: waiting (1) or running (2) or terminated (3, reason in field 3). */
	private static Message state(int which, String reason) {
		return switch (which) {
		case 1 -> new Message().message(1, new Message().text(1, reason).text(2, "back-off"));
		case 3 -> new Message().message(3, new Message().integer(1, 1).text(3, reason));
		default -> new Message().message(2, new Message().message(1, time(NOV_1)));
		};
	}

	private static Message condition(String type, String status) {
		return new Message().text(1, type).text(2, status).message(3, time(NOV_1)).text(5, "KubeletReady");
	}

	/** A protobuf message written field by field. */
	private static final class Message {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		private final CodedOutputStream out = CodedOutputStream.newInstance(bytes);

		private interface Write {
			void to(CodedOutputStream out) throws IOException;
		}

		private Message write(Write write) {
			try {
				write.to(out);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return this;
		}

		Message text(int field, String value) {
			return write(o -> o.writeString(field, value));
		}

		Message bool(int field, boolean value) {
			return write(o -> o.writeBool(field, value));
		}

		Message integer(int field, long value) {
			return write(o -> o.writeInt64(field, value));
		}

		Message bytes(int field, byte[] value) {
			return write(o -> o.writeByteArray(field, value));
		}

		Message message(int field, Message value) {
			return bytes(field, value.bytes());
		}

		Message messages(int field, Message... values) {
			for (Message value : values) {
				message(field, value);
			}
			return this;
		}

		Message label(String key, String value) {
			return entry(11, key, value);
		}

		Message entry(int field, String key, String value) {
			return message(field, new Message().text(1, key).text(2, value));
		}

		byte[] bytes() {
			write(CodedOutputStream::flush);
			return bytes.toByteArray();
		}
	}
}
