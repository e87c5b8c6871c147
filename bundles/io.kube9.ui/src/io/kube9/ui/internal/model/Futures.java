package io.kube9.ui.internal.model;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.ui.internal.Messages;

/** Waiting for core's futures inside a job, so that cancelling the job stops the wait at once. */
final class Futures {

	private static final long POLL_MILLIS = 100;

	private Futures() {
	}

	/**
	 * The future's value; throws {@link OperationCanceledException} when the monitor is cancelled.
	 *
	 * @param cancelOnAbort whether to cancel the future itself then (not for futures other callers share)
	 */
	static <T> T await(CompletableFuture<T> future, IProgressMonitor monitor, String context,
			boolean cancelOnAbort) throws KubeException {
		while (true) {
			if (monitor.isCanceled()) {
				if (cancelOnAbort) {
					future.cancel(true);
				}
				throw new OperationCanceledException();
			}
			try {
				return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// Not yet: look at the monitor again.
			} catch (ExecutionException e) {
				throw classified(e.getCause(), context);
			} catch (CancellationException e) {
				throw new OperationCanceledException();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				if (cancelOnAbort) {
					future.cancel(true);
				}
				throw new OperationCanceledException();
			}
		}
	}

	/** Core classifies its failures; anything else is a defect, shown as an unknown failure with its text. */
	static KubeException classified(Throwable failure, String context) {
		if (failure instanceof KubeException classified) {
			return classified;
		}
		return new KubeException(ErrorKind.UNKNOWN, context, Messages.error_unexpected, Messages.error_unexpectedAction,
				String.valueOf(failure), failure);
	}
}
