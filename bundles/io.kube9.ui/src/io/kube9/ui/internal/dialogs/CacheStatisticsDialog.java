package io.kube9.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.kube9.core.resources.CacheStatistics;
import io.kube9.ui.internal.Messages;

/** Core's cache counters and the requests each backend answered, as a small two-column table. */
public final class CacheStatisticsDialog extends Dialog {

	/** One row: what is counted, and its value. */
	public record Row(String label, String value) {
	}

	private final List<Row> rows;

	public CacheStatisticsDialog(Shell parent, CacheStatistics statistics, Map<String, Long> backendRequests) {
		super(parent);
		this.rows = rows(statistics, backendRequests);
	}

	/** The rows the dialog shows, in order. */
	public static List<Row> rows(CacheStatistics statistics, Map<String, Long> backendRequests) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(Messages.cacheStatistics_hits, Long.toString(statistics.hits())));
		rows.add(new Row(Messages.cacheStatistics_misses, Long.toString(statistics.misses())));
		rows.add(new Row(Messages.cacheStatistics_hitRate, String.format("%.1f %%", 100 * statistics.hitRate()))); //$NON-NLS-1$
		rows.add(new Row(Messages.cacheStatistics_loads, Long.toString(statistics.loads())));
		rows.add(new Row(Messages.cacheStatistics_failures, Long.toString(statistics.failures())));
		rows.add(new Row(Messages.cacheStatistics_evictions, Long.toString(statistics.evictions())));
		rows.add(new Row(Messages.cacheStatistics_size, Long.toString(statistics.size())));
		statistics.sizeByKind().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> rows
				.add(new Row(NLS.bind(Messages.cacheStatistics_sizeByKind, entry.getKey()), entry.getValue().toString())));
		backendRequests.forEach((backend, count) -> rows
				.add(new Row(NLS.bind(Messages.cacheStatistics_requests, backend), count.toString())));
		return rows;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.cacheStatistics_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite table = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(24, 4).applyTo(table);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		Label intro = new Label(table, SWT.WRAP);
		intro.setText(Messages.cacheStatistics_message);
		GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(intro);
		for (Row row : rows) {
			new Label(table, SWT.NONE).setText(row.label());
			Label value = new Label(table, SWT.RIGHT);
			value.setText(row.value());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
