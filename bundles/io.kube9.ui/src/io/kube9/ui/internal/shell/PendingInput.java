package io.kube9.ui.internal.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** What the user types before the shell is open is kept and sent once it is. Never blocks (the UI types here). */
final class PendingInput extends OutputStream {

	private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
	private OutputStream target;

	synchronized void attach(OutputStream shellInput) {
		target = shellInput;
		try {
			pending.writeTo(target);
		} catch (IOException e) {
			// The shell has ended already; its session reports how.
		}
		pending.reset();
	}

	@Override
	public synchronized void write(int b) throws IOException {
		if (target == null) {
			pending.write(b);
		} else {
			target.write(b);
		}
	}

	@Override
	public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
		if (target == null) {
			pending.write(bytes, offset, length);
		} else {
			target.write(bytes, offset, length);
		}
	}
}
