package org.onewindow.display.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.onewindow.display.feed.DisplayState;
import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.RecentCall;
import org.onewindow.protocol.message.TidalWindowState;
import org.onewindow.protocol.message.WindowScreen;

/** Hall states as the server publishes them, for rendering tests and screenshots. */
public final class SampleStates {

    private SampleStates() {
    }

    public static DisplayState busyMorning(Instant now, String notice) {
        List<RecentCall> calls = List.of(
                new RecentCall("c6", "B012", "5", "market", "市场监管（企业开办）", now.minusSeconds(2), false),
                new RecentCall("c5", "H031", "28", "estate", "不动产登记", now.minusSeconds(40), false),
                new RecentCall("c4", "D007", "11", "social", "医保社保", now.minusSeconds(70), true),
                new RecentCall("c3", "A003", "2", "invest", "投资项目审批", now.minusSeconds(130), false),
                new RecentCall("c2", "C015", "8", "police", "公安服务", now.minusSeconds(200), false),
                new RecentCall("c1", "E004", "14", "fund", "住房公积金", now.minusSeconds(260), false),
                new RecentCall("c0", "G002", "20", "tax", "税务办理", now.minusSeconds(320), false),
                new RecentCall("cb", "F009", "17", "general", "综合事务", now.minusSeconds(380), false),
                new RecentCall("ca", "K001", "27", "transport", "交通运政（专业窗口）", now.minusSeconds(440), false));
        List<AreaQueue> areas = List.of(
                area("invest", "投资项目审批", "Investment projects", "A", 3, 3, 1200),
                area("market", "市场监管（企业开办）", "Market regulation and business start-up", "B", 14, 4, 2400),
                area("police", "公安服务", "Police services", "C", 6, 3, 960),
                area("social", "医保社保", "Social and medical insurance", "D", 9, 3, 1440),
                area("fund", "住房公积金", "Housing provident fund", "E", 0, 3, 0),
                area("general", "综合事务", "General affairs", "F", 2, 3, 400),
                area("tax", "税务办理", "Taxation", "G", 5, 3, 1000),
                area("estate", "不动产登记", "Real estate registration", "H", 31, 4, 5400),
                area("justice", "司法（专业窗口）", "Justice (specialised window)", "J", 1, 0, 0),
                area("transport", "交通运政（专业窗口）", "Road transport (specialised window)", "K", 0, 1, 0));
        List<TidalWindowState> tidal = List.of(
                new TidalWindowState("28", List.of("estate"), List.of("不动产登记"), now.minusSeconds(900), "manager"),
                new TidalWindowState("29", List.of("market", "social"), List.of("市场监管（企业开办）", "医保社保"),
                        now.minusSeconds(300), "rule:market"));
        BoardState board = new BoardState("linxia", "临夏州政府政务服务中心", 118, now, calls, areas, tidal, notice);
        return new DisplayState(board, Map.of(), true, true, now);
    }

    /** The busy morning's board with only these areas. */
    public static DisplayState withAreas(Instant now, AreaQueue... areas) {
        BoardState b = busyMorning(now, "").board();
        return new DisplayState(new BoardState(b.hallId(), b.hallName(), b.seq(), b.at(), b.recentCalls(),
                List.of(areas), b.tidalWindows(), b.notice()), Map.of(), true, true, now);
    }

    public static WindowScreen window(String no, String status, String ticket, String name, boolean tidal, Instant now) {
        return new WindowScreen("linxia", no, tidal ? "TIDAL" : "COMPREHENSIVE", tidal,
                tidal ? List.of("estate") : List.of("market"), tidal ? List.of("不动产登记") : List.of("市场监管（企业开办）"),
                status, ticket, name, 118, now, tidal ? "潮汐窗口" : "企业开办综合受理");
    }

    public static DisplayState withWindow(WindowScreen w, boolean connected, Instant now) {
        return new DisplayState(null, Map.of(w.windowNo(), w), connected, true, now);
    }

    public static AreaQueue area(String id, String name, String en, String prefix, int waiting, int open, long wait) {
        return new AreaQueue("linxia", id, name, en, prefix, waiting, open, open == 0 ? null : wait,
                waiting == 0 ? -1 : wait / 2, 118, Instant.parse("2026-11-25T02:00:00Z"), open == 0);
    }
}
