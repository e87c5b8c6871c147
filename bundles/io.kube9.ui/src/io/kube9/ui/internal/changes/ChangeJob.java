package io.kube9.ui.internal.changes;

import io.kube9.ui.internal.CommandJob;

/** A change the user asked for: a command job of the change family, which tests and the editor join. */
public class ChangeJob extends CommandJob {

	public ChangeJob(String name, Work work) {
		super(name, ChangeJobs.CHANGE, work);
	}
}
