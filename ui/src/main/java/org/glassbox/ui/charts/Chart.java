package org.glassbox.ui.charts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * An Apache ECharts chart (the webjar, no Node build) drawn from an option object built on the server,
 * with buttons that download it as PNG or as SVG (rendered again by ECharts' SVG renderer, so the SVG is
 * vector, not a picture of the canvas).
 */
public class Chart extends VerticalLayout {
    public static final String SCRIPT = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String DRAW = """
            const el = this; const option = JSON.parse($0);
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 50); return; }
              if (el.__chart) { el.__chart.dispose(); }
              el.__option = option;
              el.__chart = echarts.init(el, null, {renderer: 'canvas'});
              el.__chart.setOption(option);
              el.setAttribute('data-drawn', 'true');
              if (!el.__observer) { el.__observer = new ResizeObserver(() => el.__chart && el.__chart.resize()); el.__observer.observe(el); }
            };
            draw();""";
    private static final String SAVE = """
            const el = this; const name = $0; const type = $1; let url;
            if (type === 'png') {
              url = el.__chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'});
            } else {
              const c = echarts.init(null, null, {renderer: 'svg', ssr: true, width: el.clientWidth, height: el.clientHeight});
              c.setOption(Object.assign({}, el.__option, {animation: false}));
              url = URL.createObjectURL(new Blob([c.renderToSVGString()], {type: 'image/svg+xml'}));
              c.dispose();
            }
            const a = document.createElement('a'); a.href = url; a.download = name + '.' + type;
            document.body.appendChild(a); a.click(); a.remove();""";

    public final Div canvas = new Div();
    private final String option;

    public Chart(String id, String fileName, String optionJson) {
        this.option = optionJson;
        setPadding(false);
        setSpacing(false);
        canvas.setId(id);
        canvas.addClassName("gb-chart");
        canvas.setWidthFull();
        canvas.setHeight("22em");
        Button png = new Button("PNG", e -> canvas.getElement().executeJs(SAVE, fileName, "png"));
        Button svg = new Button("SVG", e -> canvas.getElement().executeJs(SAVE, fileName, "svg"));
        png.setId(id + "-png");
        svg.setId(id + "-svg");
        png.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        svg.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout downloads = new HorizontalLayout(png, svg);
        downloads.setSpacing(false);
        add(canvas, downloads);
    }

    /** The option the chart is drawn from, as JSON (for tests and the curious). */
    public String option() {
        return option;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(SCRIPT);
        canvas.getElement().executeJs(DRAW, option);
    }
}
