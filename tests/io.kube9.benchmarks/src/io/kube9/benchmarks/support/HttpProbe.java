package io.kube9.benchmarks.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import io.kube9.tests.cluster.KubeletContent;

/**
 * One HTTP GET over a new TCP connection to a forwarded local port, read by hand: the client's own forward never
 * ends its stream when the server closes (its WebSocket stays open), so the answer ends where its Content-Length
 * says, not at the end of the stream. Fails unless the body is the test backend's answer to this GET.
 */
public final class HttpProbe {

	private static final String ADDRESS = "127.0.0.1";
	/** CR LF CR LF as the four bytes of an int. */
	private static final int BLANK_LINE = 0x0d0a0d0a;

	private HttpProbe() {
	}

	/** GETs {@code path}; returns the nanoseconds from connecting to the first byte of the answer. */
	public static long get(int port, String path, Duration limit) throws IOException {
		try (Socket socket = new Socket()) {
			long start = System.nanoTime();
			socket.connect(new InetSocketAddress(ADDRESS, port), (int) limit.toMillis());
			socket.setSoTimeout((int) limit.toMillis());
			socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: pod\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			int first = in.read();
			long firstByte = System.nanoTime() - start;
			if (first < 0) {
				throw new IOException("the forward closed the connection without an answer");
			}
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			head.write(first);
			// The last four bytes read, to find the blank line that ends the header.
			int last = first;
			while (last != BLANK_LINE) {
				int next = in.read();
				if (next < 0) {
					throw new IOException("the answer ended inside its header: " + head);
				}
				head.write(next);
				last = last << 8 | next;
			}
			String header = head.toString(StandardCharsets.US_ASCII);
			byte[] body = in.readNBytes(contentLength(header));
			String expected = KubeletContent.portForwardAnswer("GET", path);
			String text = new String(body, StandardCharsets.UTF_8);
			if (!header.startsWith("HTTP/1.1 200") || !text.equals(expected)) {
				throw new IOException("unexpected answer: " + header.lines().findFirst().orElse("") + " / " + text);
			}
			return firstByte;
		}
	}

	private static int contentLength(String header) throws IOException {
		for (String line : header.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
			}
		}
		throw new IOException("no Content-Length in the answer: " + header);
	}
}
