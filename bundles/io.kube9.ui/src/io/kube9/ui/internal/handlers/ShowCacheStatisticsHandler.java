package io.kube9.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceService;
import io.kube9.ui.internal.dialogs.CacheStatisticsDialog;

/** Shows core's cache statistics; they are counters in memory, read at once. */
public final class ShowCacheStatisticsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ResourceService resources = Kube9Core.get().resources();
		new CacheStatisticsDialog(HandlerUtil.getActiveShell(event), resources.cacheStatistics(),
				resources.backendRequests()).open();
		return null;
	}
}
