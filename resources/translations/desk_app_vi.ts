<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="231" />
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="232" />
        <source>One-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="233" />
        <source>Version {version}</source>
        <translation>Phiên bản {version}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="234" />
        <source>Official documents are printed in {font}.</source>
        <translation>Văn bản chính thức được in bằng phông chữ {font}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="236" />
        <source>The program comes with the Liberation Serif font, used when the computer has no Times New Roman with every Vietnamese letter. Its licence (SIL Open Font License 1.1):</source>
        <translation>Chương trình kèm theo phông chữ Liberation Serif, được dùng khi máy tính không có phông Times New Roman đủ mọi chữ cái tiếng Việt. Giấy phép của phông chữ (SIL Open Font License 1.1):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="239" />
        <source>Built with Qt {version} and PySide6 (LGPL 3).</source>
        <translation>Xây dựng trên Qt {version} và PySide6 (giấy phép LGPL 3).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="247" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="96" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="142" />
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="98" />
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="98" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="101" />
        <source>letters, digits, dots and underscores</source>
        <translation>chữ, số, dấu chấm và gạch dưới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="104" />
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="105" />
        <source>F&amp;ull name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="106" />
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="101" />
        <source>The first administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="102" />
        <source>This account adds the other users.</source>
        <translation>Tài khoản này thêm các người dùng khác.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="109" />
        <source>&amp;Username:</source>
        <translation>Tên đă&amp;ng nhập:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="110" />
        <source>F&amp;ull name:</source>
        <translation>Họ tê&amp;n:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="111" />
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="112" />
        <source>Password (&amp;again):</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="118" />
        <source>Password (again): the two passwords differ</source>
        <translation>Nhập lại mật khẩu: hai mật khẩu không khớp</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="51" />
        <source>The agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="52" />
        <source>As printed at the top left of every receipt.</source>
        <translation>Như in ở góc trên bên trái của mọi giấy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="55" />
        <source>&amp;Parent agency:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="56" />
        <source>&amp;Desk (agency) name:</source>
        <translation>Tê&amp;n cơ quan / Bộ phận Một cửa:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="57" />
        <source>Agency &amp;code:</source>
        <translation>&amp;Mã định danh cơ quan:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="58" />
        <source>P&amp;lace name:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="52" />
        <source>Apology letter (form 04) – %1</source>
        <translation>Văn bản xin lỗi (mẫu 04) – %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="54" />
        <source>&lt;b&gt;%1&lt;/b&gt; – %2&lt;br&gt;Received %3 · due %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2&lt;br&gt;Nhận %3 · hẹn trả %4</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="62" />
        <source>Already issued: %1 letter(s), the latest %2; new appointment %3.</source>
        <translation>Đã ra %1 văn bản, gần nhất số %2; ngày hẹn mới %3.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="70" />
        <source>The result is late</source>
        <translation>Trả kết quả trễ hẹn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="72" />
        <source>Why the result is late</source>
        <translation>Lý do trễ hẹn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="73" />
        <source>New appointment:</source>
        <translation>Ngày hẹn mới:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="79" />
        <source>Suggested: %n working day(s) after the later of now and the appointment it replaces</source>
        <translation>
            <numerusform>Gợi ý: %n ngày làm việc sau thời điểm muộn hơn giữa hiện tại và ngày hẹn được thay thế</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="82" />
        <source>Delay</source>
        <translation>Trễ hẹn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="85" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="92" />
        <source>Errors (sai sót)</source>
        <translation>Sai sót</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="99" />
        <source>Other errors, one per line</source>
        <translation>Sai sót khác, mỗi dòng một sai sót</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="106" />
        <source>Why the leader agrees to extend a second time</source>
        <translation>Lý do lãnh đạo đồng ý gia hạn lần thứ hai</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="110" />
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="111" />
        <source>Second extension, confirmed because:</source>
        <translation>Gia hạn lần hai, lãnh đạo đồng ý vì:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="119" />
        <source>&amp;Issue</source>
        <translation>&amp;Ra văn bản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="121" />
        <source>&amp;PDF: preview and print…</source>
        <translation>&amp;PDF: xem và in…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="122" />
        <source>&amp;Word (.docx)…</source>
        <translation>&amp;Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="123" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="180" />
        <source>Letter %1 issued: print it or save it for editing.</source>
        <translation>Đã ra văn bản số %1: in ngay hoặc lưu để chỉnh sửa.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="188" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="201" />
        <source>Apology letter %1</source>
        <translation>Văn bản xin lỗi số %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="207" />
        <source>Save the letter for editing</source>
        <translation>Lưu văn bản để chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="208" />
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="123" />
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="123" />
        <source>Digitised copy</source>
        <translation>Bản số hoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="123" />
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="124" />
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="124" />
        <source>Signed at</source>
        <translation>Thời điểm ký</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="124" />
        <source>Signature valid</source>
        <translation>Chữ ký hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="125" />
        <source>Reused from</source>
        <translation>Tái sử dụng từ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="135" />
        <source>Newest scan first; Enter attaches it to the document</source>
        <translation>Bản quét mới nhất ở trên cùng; Enter đính kèm vào giấy tờ đang chọn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="144" />
        <source>&amp;Reuse earlier copies</source>
        <translation>&amp;Dùng lại bản số hoá trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="146" />
        <source>Attach &amp;files…</source>
        <translation>Đính kèm &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="148" />
        <source>Scanner folder…</source>
        <translation>Thư mục máy quét…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="150" />
        <source>Pre&amp;view</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="169" />
        <source>Scans (F6: newest to the document)</source>
        <translation>Bản quét (F6: đính kèm bản mới nhất vào giấy tờ)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="258" />
        <source>not signed</source>
        <translation>chưa ký</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="260" />
        <source>not checked</source>
        <translation>chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="261" />
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="261" />
        <source>not valid</source>
        <translation>không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="285" />
        <source>Choose a document that has a digitised copy</source>
        <translation>Chọn một giấy tờ đã có bản số hoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="301" />
        <source>Scanner folder: %1</source>
        <translation>Thư mục máy quét: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="303" />
        <source>No scanner folder set</source>
        <translation>Chưa đặt thư mục máy quét</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="308" />
        <source>The folder the scanner saves into</source>
        <translation>Thư mục máy quét lưu bản quét vào</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="338" />
        <source>Scanner folder: no scan to attach</source>
        <translation>Thư mục máy quét: chưa có bản quét nào để đính kèm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="346" />
        <source>Attach the document's scans</source>
        <translation>Đính kèm bản quét của giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="348" />
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="367" />
        <source>Documents: choose the procedure first</source>
        <translation>Giấy tờ: hãy chọn thủ tục trước</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="403" />
        <source>%n earlier digitised document(s) of this applicant can be reused</source>
        <translation>
            <numerusform>Có %n giấy tờ đã số hoá trước đây của người nộp này có thể dùng lại</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="106" />
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="101" />
        <location filename="../../desk_app/ui/admin/audit_page.py" line="107" />
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="109" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="111" />
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="114" />
        <source>Change (before → after)</source>
        <translation>Thay đổi (trước → sau)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="81" />
        <source>Dossier received</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="82" />
        <source>Dossier imported</source>
        <translation>Nhập hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="83" />
        <source>Request to complete issued</source>
        <translation>Lập phiếu yêu cầu bổ sung, hoàn thiện</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="84" />
        <source>Refusal to receive issued</source>
        <translation>Lập phiếu từ chối tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="85" />
        <source>Office setting changed</source>
        <translation>Sửa thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="86" />
        <source>User added</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="87" />
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="88" />
        <source>User disabled</source>
        <translation>Khoá tài khoản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="89" />
        <source>User enabled</source>
        <translation>Mở khoá tài khoản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="90" />
        <source>User changed</source>
        <translation>Sửa người dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="91" />
        <source>Procedure added</source>
        <translation>Thêm thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="92" />
        <source>Procedure renamed</source>
        <translation>Đổi tên thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="93" />
        <source>Procedure rules changed</source>
        <translation>Thay đổi quy định của thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="94" />
        <source>Calendar day set</source>
        <translation>Đặt ngày trong lịch</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="95" />
        <source>Calendar day removed</source>
        <translation>Xoá ngày trong lịch</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="96" />
        <source>Personal data exported</source>
        <translation>Xuất dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="97" />
        <source>Rating recorded</source>
        <translation>Ghi nhận đánh giá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="98" />
        <source>Demo data generated</source>
        <translation>Tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="101" />
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="102" />
        <source>Office setting</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="102" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="103" />
        <source>Letter</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="103" />
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="154" />
        <source>Before:</source>
        <translation>Trước:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="154" />
        <source>After:</source>
        <translation>Sau:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="166" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="167" />
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="170" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="170" />
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="171" />
        <source>Verify the chain</source>
        <translation>Kiểm tra chuỗi băm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="173" />
        <source>Checks that no entry was edited, deleted or inserted outside the program</source>
        <translation>Kiểm tra không có mục nào bị sửa, xoá hoặc chèn ngoài chương trình</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/admin/audit_page.py" line="221" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="227" />
        <source>Verifying the chain…</source>
        <translation>Đang kiểm tra chuỗi băm…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/admin/audit_page.py" line="243" />
        <source>The audit trail is intact: %n entries</source>
        <translation>
            <numerusform>Nhật ký thay đổi nguyên vẹn: %n mục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="247" />
        <source>The audit trail was tampered with: entry {id} {problem}</source>
        <translation>Nhật ký thay đổi bị can thiệp: mục số {id} {problem}</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="29" />
        <source>Search by code or name (diacritics optional)</source>
        <translation>Tìm theo mã hoặc tên (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="32" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="33" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="34" />
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="35" />
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="36" />
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="37" />
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="62" />
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlSheetPreview</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/control_sheet_preview.py" line="26" />
        <source>Control sheet {code}</source>
        <translation>Phiếu kiểm soát {code}</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../../desk_app/ui/session/crash_guard.py" line="166" />
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/crash_guard.py" line="167" />
        <source>Something went wrong and the last action may not have been completed. Data already saved is safe.</source>
        <translation>Đã xảy ra lỗi, thao tác vừa rồi có thể chưa được thực hiện. Dữ liệu đã lưu trước đó vẫn an toàn.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/crash_guard.py" line="171" />
        <source>If it happens again, send the administrator the log file: {path}</source>
        <translation>Nếu lỗi lặp lại, hãy gửi cho quản trị viên tệp nhật ký: {path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/crash_guard.py" line="173" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="31" />
        <source>Locked</source>
        <translation>Đã khoá</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="121" />
        <source>Checking the data file…</source>
        <translation>Đang kiểm tra tệp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="133" />
        <source>The data file cannot be opened now.</source>
        <translation>Chưa mở được tệp dữ liệu lúc này.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="142" />
        <source>Making today's first backup…</source>
        <translation>Đang sao lưu dữ liệu đầu ngày…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="145" />
        <source>Looking for the newest good backup…</source>
        <translation>Đang tìm bản sao lưu tốt gần nhất…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="159" />
        <source>Data file missing</source>
        <translation>Thiếu tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="160" />
        <source>The data file is missing.</source>
        <translation>Không tìm thấy tệp dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="163" />
        <source>The copy kept by a restore ({file}) is beside it. Put it back? Without it the program would start with an empty database.</source>
        <translation>Bên cạnh có bản được giữ lại khi khôi phục ({file}). Đặt lại bản đó? Nếu không, chương trình sẽ bắt đầu với cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="166" />
        <source>Put it back</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="168" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="173" />
        <source>The data file {file} was put back.</source>
        <translation>Đã đặt lại tệp dữ liệu {file}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="179" />
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="183" />
        <source>This backup belongs to another office.</source>
        <translation>Bản sao lưu này thuộc một cơ quan khác.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="186" />
        <source>Restore it anyway</source>
        <translation>Vẫn khôi phục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="188" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="195" />
        <source>The backup could not be restored.</source>
        <translation>Không khôi phục được bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="154" />
        <source>The backup of {when} was restored. The damaged file was kept as {kept}.</source>
        <translation>Đã khôi phục bản sao lưu lúc {when}. Tệp bị hỏng được giữ lại với tên {kept}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="205" />
        <source>Backing up before closing…</source>
        <translation>Đang sao lưu dữ liệu trước khi đóng…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="211" />
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="215" />
        <source>The backup was not made.</source>
        <translation>Chưa sao lưu được dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="182" />
        <location filename="../../desk_app/ui/admin/data_safety.py" line="224" />
        <location filename="../../desk_app/ui/admin/data_safety.py" line="254" />
        <location filename="../../desk_app/ui/admin/data_safety.py" line="262" />
        <source>Data safety</source>
        <translation>An toàn dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="257" />
        <location filename="../../desk_app/ui/admin/data_safety.py" line="264" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>DigitisationModel</name>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="26" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="27" />
        <source>New dossiers received</source>
        <translation>Hồ sơ tiếp nhận mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="29" />
        <source>Every document digitised</source>
        <translation>Số hoá đủ thành phần</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="31" />
        <source>Dossiers digitised (%)</source>
        <translation>Tỷ lệ số hoá hồ sơ (%)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="33" />
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="35" />
        <source>Result digitised</source>
        <translation>Kết quả đã số hoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="37" />
        <source>Results digitised (%)</source>
        <translation>Tỷ lệ số hoá kết quả (%)</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="79" />
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="86" />
        <source>Document</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="87" />
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="88" />
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="92" />
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="93" />
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="94" />
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="95" />
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="163" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="96" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="112" />
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Thành phần hồ sơ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="114" />
        <source>&lt;b&gt;Digitised copies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bản số hoá&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="116" />
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quá trình xử lý&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="127" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="130" />
        <source>by post, tracking number %1</source>
        <translation>gửi bưu chính, số vận đơn %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="133" />
        <source>collected by %1 (ID %2)</source>
        <translation>%1 nhận (giấy tờ %2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="137" />
        <source>letter no. %1</source>
        <translation>số %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="150" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="151" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="152" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="153" />
        <source>ID number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="154" />
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="155" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="158" />
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="159" />
        <source>Delivery</source>
        <translation>Nơi nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="160" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="161" />
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="200" />
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="318" />
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="161" />
        <source>paused, no due date</source>
        <translation>đang tạm dừng, chưa có ngày hẹn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="162" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="164" />
        <source>Register book / number</source>
        <translation>Quyển số / Số thứ tự</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="165" />
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="201" />
        <source>Apology</source>
        <translation>Đã xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="172" />
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="174" />
        <source>%1 (errors, no new appointment)</source>
        <translation>%1 (sai sót, không hẹn lại)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="177" />
        <source>not yet due</source>
        <translation>chưa đến hẹn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="178" />
        <source>kept</source>
        <translation>đúng hẹn mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="179" />
        <source>missed</source>
        <translation>trễ hẹn mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="180" />
        <source>dossier withdrawn</source>
        <translation>hồ sơ đã rút</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="182" />
        <source>%1, new appointment %2: %3</source>
        <translation>%1, hẹn lại %2: %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="202" />
        <source>A new appointment does not change the due date: lateness still counts against the receipt's appointment</source>
        <translation>Ngày hẹn mới không thay đổi hạn giải quyết: việc trễ hẹn vẫn tính theo ngày hẹn trên Giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="210" />
        <source>&amp;Hand over…</source>
        <translation>&amp;Chuyển xử lý…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="211" />
        <source>Request &amp;supplements…</source>
        <translation>Yêu cầu &amp;bổ sung…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="212" />
        <source>Supplement re&amp;ceived…</source>
        <translation>&amp;Nhận bổ sung…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="213" />
        <source>S&amp;top…</source>
        <translation>&amp;Dừng giải quyết…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="214" />
        <source>Res&amp;ume…</source>
        <translation>&amp;Tiếp tục giải quyết…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="215" />
        <source>Result read&amp;y…</source>
        <translation>Đã có &amp;kết quả…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="216" />
        <source>Re&amp;fuse…</source>
        <translation>Từ chối &amp;giải quyết…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="217" />
        <source>&amp;Return result…</source>
        <translation>T&amp;rả kết quả…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="218" />
        <source>&amp;Withdraw…</source>
        <translation>Rút hồ &amp;sơ…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="219" />
        <source>&amp;Apology letter…</source>
        <translation>Văn bản &amp;xin lỗi…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="243" />
        <source>Log in to act on the dossier</source>
        <translation>Đăng nhập để xử lý hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="245" />
        <source>Your role may not do this</source>
        <translation>Vai trò của bạn không được làm việc này</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="247" />
        <source>Not possible in the dossier's present state</source>
        <translation>Không thực hiện được ở trạng thái hiện tại của hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="303" />
        <source>Apology letter</source>
        <translation>Văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="328" />
        <source>Receipt (PDF)…</source>
        <translation>Biên nhận (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="330" />
        <source>F&amp;orms</source>
        <translation>Biểu &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="331" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="337" />
        <source>Request for supplements (form 02)</source>
        <translation>Phiếu yêu cầu bổ sung (mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="338" />
        <source>Refusal (form 03)</source>
        <translation>Phiếu từ chối (mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="339" />
        <source>Stop notice (form 05)</source>
        <translation>Thông báo dừng giải quyết (mẫu 05)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="341" />
        <source>Control sheet…</source>
        <translation>Phiếu kiểm soát…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="348" />
        <source>Apology letter (form 04)…</source>
        <translation>Văn bản xin lỗi (mẫu 04)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="360" />
        <source>The QR code does not verify — the receipt may be forged</source>
        <translation>Mã QR không xác thực được — có thể là biên nhận giả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="365" />
        <source>The QR code cannot be verified: its check part is missing or cut off — compare the receipt with the dossier</source>
        <translation>Không kiểm tra được mã QR: phần mã kiểm tra bị thiếu hoặc bị cắt — hãy đối chiếu giấy tiếp nhận với hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="370" />
        <source>Save the receipt</source>
        <translation>Lưu giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="372" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="375" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="376" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="377" />
        <source>Look in:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="378" />
        <source>File name:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="379" />
        <source>File type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="396" />
        <source>Receipt</source>
        <translation>Biên nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="398" />
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="419" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="416" />
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
</context>
<context>
    <name>DossierModel</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="86" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="87" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="88" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="89" />
        <source>ID number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="90" />
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="92" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="93" />
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="94" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="96" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="97" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="75" />
        <source>Within the time limit</source>
        <translation>Còn trong hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="76" />
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="77" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="78" />
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="79" />
        <source>Resolved early</source>
        <translation>Giải quyết trước hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="80" />
        <source>Resolved on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="81" />
        <source>Resolved late</source>
        <translation>Giải quyết quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="83" />
        <source>apology issued</source>
        <translation>đã có văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="84" />
        <source>needs an apology letter</source>
        <translation>cần văn bản xin lỗi</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="42" />
        <source>Search by code, name, phone or ID number (diacritics optional)</source>
        <translation>Tìm theo mã hồ sơ, họ tên, số điện thoại hoặc số giấy tờ (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="45" />
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="48" />
        <source>Procedure code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="49" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="52" />
        <source>Received from</source>
        <translation>Nhận từ ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="52" />
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="67" />
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="72" />
        <source>Re&amp;gister…</source>
        <translation>Sổ theo &amp;dõi…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="73" />
        <source>Register of dossiers (XLSX or PDF)</source>
        <translation>Sổ theo dõi hồ sơ (XLSX hoặc PDF)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="79" />
        <source>The register holds applicants' personal data: supervisors and administrators export it</source>
        <translation>Sổ theo dõi có thông tin cá nhân của người nộp: lãnh đạo và quản trị viên mới được xuất</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="82" />
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="205" />
        <source>&amp;Apology letter…</source>
        <translation>Văn bản &amp;xin lỗi…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="133" />
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="135" />
        <source>Searched by the first {words} words only</source>
        <translation>Chỉ tìm theo {words} từ đầu tiên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="175" />
        <source>Apology letters are issued by a leader</source>
        <translation>Văn bản xin lỗi do lãnh đạo ký ban hành</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="177" />
        <source>Select a dossier first</source>
        <translation>Hãy chọn một hồ sơ trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="179" />
        <source>The dossier was withdrawn</source>
        <translation>Hồ sơ đã rút</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="186" />
        <source>Apology letter (form 04) for the selected dossier</source>
        <translation>Văn bản xin lỗi (mẫu 04) cho hồ sơ đang chọn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="202" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="136" />
        <source>Change {username}</source>
        <translation>Sửa tài khoản {username}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="137" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="141" />
        <source>Username:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="142" />
        <source>F&amp;ull name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="143" />
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
</context>
<context>
    <name>GroupTable</name>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_groups.py" line="23" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_groups.py" line="23" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_groups.py" line="23" />
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_groups.py" line="24" />
        <source>No apology</source>
        <translation>Chưa xin lỗi</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="80" />
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="92" />
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Tìm trong hướng dẫn (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="95" />
        <source>Find &amp;next</source>
        <translation>Tìm &amp;tiếp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="98" />
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="129" />
        <source>The user guide was not found: {path}</source>
        <translation>Không tìm thấy tệp hướng dẫn sử dụng: {path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="217" />
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="63" />
        <source>Type the procedure's code or name (diacritics optional)</source>
        <translation>Gõ mã hoặc tên thủ tục (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="80" />
        <source>Document</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="80" />
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="80" />
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="90" />
        <source>&amp;Add document</source>
        <translation>Thêm giấ&amp;y tờ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="100" />
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="101" />
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="109" />
        <source>Direct</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="110" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="111" />
        <source>Postal</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="113" />
        <source>At the desk</source>
        <translation>Tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="114" />
        <source>By post</source>
        <translation>Qua dịch vụ bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="127" />
        <source>&amp;Receive (Ctrl+Enter)</source>
        <translation>Tiếp nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="130" />
        <source>&amp;Incomplete: form 02…</source>
        <translation>Chưa đủ: mẫ&amp;u 02…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="132" />
        <source>Ine&amp;ligible: form 03…</source>
        <translation>Từ chố&amp;i: mẫu 03…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="145" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="147" />
        <source>&amp;Procedure:</source>
        <translation>Thủ &amp;tục:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="149" />
        <source>Appointment:</source>
        <translation>Hẹn trả kết quả:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="150" />
        <source>Documents received</source>
        <translation>Thành phần hồ sơ nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="158" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="160" />
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="161" />
        <source>&amp;Name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="164" />
        <source>P&amp;hone:</source>
        <translation>Số điện th&amp;oại:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="165" />
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="166" />
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="167" />
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="169" />
        <source>&amp;Channel:</source>
        <translation>Hình thức &amp;nộp:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="170" />
        <source>Result &amp;delivery:</source>
        <translation>Nơi nhận &amp;kết quả:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="171" />
        <source>&amp;Sets:</source>
        <translation>Số &amp;bộ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="172" />
        <source>&amp;Fee:</source>
        <translation>&amp;Phí, lệ phí:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="173" />
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="287" />
        <source>C&amp;CCD number:</source>
        <translation>Số &amp;CCCD:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="287" />
        <source>&amp;Tax code:</source>
        <translation>&amp;Mã số thuế:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="344" />
        <source>Procedure: choose the procedure first</source>
        <translation>Thủ tục: hãy chọn thủ tục trước</translation>
    </message>
</context>
<context>
    <name>IntakeSlipDialog</name>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="31" />
        <source>Request to complete the dossier (form 02)</source>
        <translation>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="32" />
        <source>Refusal to receive (form 03)</source>
        <translation>Phiếu từ chối tiếp nhận hồ sơ (mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="39" />
        <source>Missing documents
(one per line; "name: what to do"):</source>
        <translation>Giấy tờ cần bổ sung
(mỗi dòng một giấy tờ; "tên: nội dung cần làm"):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="40" />
        <source>Reasons (one per line):</source>
        <translation>Lý do từ chối (mỗi dòng một lý do):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="41" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="41" />
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="43" />
        <source>Issue and print</source>
        <translation>Lập phiếu và in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="44" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="34" />
        <source>Language of the interface:</source>
        <translation>Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="44" />
        <source>The new language is used from the next start of the program. Official documents are always in Vietnamese.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở chương trình sau. Văn bản chính thức luôn bằng tiếng Việt.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="22" />
        <location filename="../../desk_app/ui/session/login.py" line="28" />
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="29" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="31" />
        <source>&amp;Username:</source>
        <translation>Tên đă&amp;ng nhập:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="32" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="43" />
        <source>Demo accounts:</source>
        <translation>Tài khoản dùng thử:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="45" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="45" />
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="45" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="54" />
        <source>This account only runs a scheduled task (desk-admin {command}); it cannot open the program</source>
        <translation>Tài khoản này chỉ chạy một tác vụ theo lịch (desk-admin {command}), không mở được chương trình</translation>
    </message>
</context>
<context>
    <name>LoginNeededPage</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="36" />
        <source>Log in to use this page.</source>
        <translation>Đăng nhập để dùng trang này.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="48" />
        <source>One-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="63" />
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="64" />
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="65" />
        <source>Return</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="66" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="67" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="68" />
        <source>Catalogue</source>
        <translation>Danh mục thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="69" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="87" />
        <source>Scan</source>
        <translation>Quét mã</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="99" />
        <source>User: {name} ({role})</source>
        <translation>Người dùng: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="120" />
        <source>Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="121" />
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="126" />
        <source>&amp;About…</source>
        <translation>&amp;Giới thiệu…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="150" />
        <source>Due today: {due} · Overdue: {overdue} · Needs apology: {apology}</source>
        <translation>Đến hạn hôm nay: {due} · Quá hạn: {overdue} · Cần xin lỗi: {apology}</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="80" />
        <source>Hours decide appointment times; the form set, the printed wording.</source>
        <translation>Giờ làm việc quyết định giờ hẹn trả; bộ biểu mẫu quyết định lời văn khi in.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="81" />
        <source>Office hours and forms</source>
        <translation>Giờ làm việc và biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="84" />
        <source>2025 set</source>
        <translation>Bộ năm 2025</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="85" />
        <source>2018 set</source>
        <translation>Bộ năm 2018</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="87" />
        <source>Office &amp;hours:</source>
        <translation>&amp;Giờ làm việc:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="88" />
        <source>&amp;Form set:</source>
        <translation>&amp;Bộ biểu mẫu:</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="67" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="68" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="69" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="70" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="71" />
        <source>Officer</source>
        <translation>Cán bộ xử lý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="72" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="73" />
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="74" />
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="76" />
        <source>Apology</source>
        <translation>Đã xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="75" />
        <source>Working days after the due day, up to today</source>
        <translation>Số ngày làm việc sau ngày hẹn trả, tính đến hôm nay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="81" />
        <source>Apology letter issued</source>
        <translation>Đã có văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="60" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="61" />
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="62" />
        <source>Due by the next working day</source>
        <translation>Đến hạn ngày làm việc tiếp theo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="65" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="65" />
        <source>No</source>
        <translation>Chưa</translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="108" />
        <source>Any urgency</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="111" />
        <source>Without apology only</source>
        <translation>Chỉ hồ sơ chưa xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="112" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="301" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="304" />
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="113" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="302" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="307" />
        <source>All procedures</source>
        <translation>Tất cả thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="115" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="116" />
        <source>Issue &amp;apology…</source>
        <translation>&amp;Văn bản xin lỗi…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="117" />
        <source>E&amp;xport XLSX…</source>
        <translation>&amp;Xuất XLSX…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="118" />
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="128" />
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="129" />
        <source>By procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="144" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="145" />
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="146" />
        <source>Urgency:</source>
        <translation>Mức độ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="235" />
        <source>Only supervisors and administrators see this page.</source>
        <translation>Chỉ lãnh đạo và quản trị viên xem được trang này.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="288" />
        <source>Updated at {time}</source>
        <translation>Cập nhật lúc {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="290" />
        <source>Loading the rest of the list…</source>
        <translation>Đang tải phần còn lại của danh sách…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="296" />
        <source>(not transferred)</source>
        <translation>(chưa chuyển đơn vị xử lý)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="329" />
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="332" />
        <source>{shown} of {total} dossiers</source>
        <translation>{shown}/{total} hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="364" />
        <source>Apology letter (form 04) for the selected dossier</source>
        <translation>Văn bản xin lỗi (mẫu 04) cho hồ sơ đang chọn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="365" />
        <source>Only a supervisor may issue an apology letter</source>
        <translation>Chỉ lãnh đạo được lập văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="383" />
        <source>Apology letter</source>
        <translation>Văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="392" />
        <source>Export the overdue list</source>
        <translation>Xuất danh sách hồ sơ quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="393" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="400" />
        <source>Exporting…</source>
        <translation>Đang xuất tệp…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="189" />
        <source>Saved {name}</source>
        <translation>Đã lưu {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="191" />
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="191" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="383" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="415" />
        <source>No apology yet</source>
        <translation>chưa có văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="416" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="429" />
        <source>No</source>
        <translation>Chưa</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="122" />
        <source>New password for {username}</source>
        <translation>Mật khẩu mới cho {username}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="123" />
        <source>Set password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="125" />
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="79" />
        <source>C&amp;opies:</source>
        <translation>Số &amp;bản:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="81" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="82" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="83" />
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="131" />
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="132" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="137" />
        <source>Could not save: {reason}</source>
        <translation>Không lưu được: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="145" />
        <source>Print</source>
        <translation>In</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../desk_app/ui/widgets/workers.py" line="102" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/workers.py" line="131" />
        <source>Cancelling…</source>
        <translation>Đang huỷ…</translation>
    </message>
</context>
<context>
    <name>RatingView</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/rating_view.py" line="99" />
        <source>Satisfaction rating</source>
        <translation>Đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/rating_view.py" line="133" />
        <source>Screen {number}: {name} ({width}×{height})</source>
        <translation>Màn hình {number}: {name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/rating_view.py" line="136" />
        <source>Full screen (F11)</source>
        <translation>Toàn màn hình (F11)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/rating_view.py" line="137" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/rating_view.py" line="138" />
        <source>For the clerk:</source>
        <translation>Dành cho cán bộ:</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="162" />
        <source>Receipt {code}</source>
        <translation>Giấy tiếp nhận {code}</translation>
    </message>
</context>
<context>
    <name>ReceiveSupplementDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="147" />
        <source>Supplement received</source>
        <translation>Nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="148" />
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="63" />
        <source>Data file damaged</source>
        <translation>Tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="64" />
        <source>The data file cannot be used: it is damaged or unreadable.</source>
        <translation>Không dùng được tệp dữ liệu: tệp bị hỏng hoặc không đọc được.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="70" />
        <source>No good backup was found in {folder}. Call the administrator before working on; do not delete the data file.</source>
        <translation>Không tìm thấy bản sao lưu tốt nào trong {folder}. Hãy báo quản trị viên trước khi làm việc tiếp; không xoá tệp dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="74" />
        <source>The newest good backup was made at {time} on {day} ({file}). Restore it? Dossiers received after it will have to be entered again; the damaged file is kept beside the data file.</source>
        <translation>Bản sao lưu tốt gần nhất được tạo lúc {time} ngày {day} ({file}). Khôi phục từ bản này? Các hồ sơ tiếp nhận sau thời điểm đó sẽ phải nhập lại; tệp bị hỏng được giữ lại bên cạnh tệp dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="79" />
        <source>Restore this backup</source>
        <translation>Khôi phục bản này</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="82" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="192" />
        <source>Refuse (form 03)</source>
        <translation>Từ chối giải quyết (mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="193" />
        <source>Refuse and print</source>
        <translation>Từ chối và in phiếu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="196" />
        <source>Reasons (one per line):</source>
        <translation>Lý do từ chối (mỗi dòng một lý do):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="197" />
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="69" />
        <source>Register of dossiers</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="81" />
        <source>Export &amp;XLSX…</source>
        <translation>Xuất &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="82" />
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="83" />
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="92" />
        <source>Received &amp;from:</source>
        <translation>Tiếp nhận &amp;từ ngày:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="93" />
        <source>&amp;to:</source>
        <translation>đế&amp;n ngày:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="129" />
        <source>%n dossier(s) received in this period</source>
        <translation>
            <numerusform>%n hồ sơ được tiếp nhận trong khoảng thời gian này</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="140" />
        <source>Save the register</source>
        <translation>Lưu sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="141" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="142" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="154" />
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="167" />
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="172" />
        <source>Could not save: {reason}</source>
        <translation>Không lưu được: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="70" />
        <source>Carried over</source>
        <translation>Kỳ trước chuyển qua</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="70" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="70" />
        <source>Direct, postal</source>
        <translation>Trực tiếp, bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="71" />
        <location filename="../../desk_app/ui/supervision/report_table.py" line="72" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="71" />
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="71" />
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="72" />
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="72" />
        <source>Within time</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="72" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="73" />
        <source>Withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="73" />
        <source>On time or early</source>
        <translation>Trước, đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="73" />
        <source>Average working days</source>
        <translation>Số ngày bình quân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="74" />
        <source>Online share</source>
        <translation>Tỷ lệ trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="74" />
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="81" />
        <source>Received for processing</source>
        <translation>Số hồ sơ nhận giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="82" />
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="83" />
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="84" />
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="83" />
        <source>&amp;Compute</source>
        <translation>&amp;Tính báo cáo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="85" />
        <source>Export &amp;XLSX…</source>
        <translation>Xuất &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="86" />
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="87" />
        <source>Rating screen…</source>
        <translation>Màn hình đánh giá…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="89" />
        <source>Open the citizen's rating screen for a returned dossier</source>
        <translation>Mở màn hình để người dân đánh giá hồ sơ đã trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="98" />
        <source>Field / procedure</source>
        <translation>Lĩnh vực, thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="99" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="113" />
        <source>By field and procedure</source>
        <translation>Theo lĩnh vực, thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="114" />
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="115" />
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="117" />
        <source>Digitisation</source>
        <translation>Số hoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="120" />
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="120" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="121" />
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="171" />
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="172" />
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="176" />
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="179" />
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="180" />
        <source>Last quarter</source>
        <translation>Quý trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="181" />
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="182" />
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="186" />
        <source>Other period</source>
        <translation>Kỳ khác</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="234" />
        <source>Only supervisors and administrators see this page.</source>
        <translation>Chỉ lãnh đạo và quản trị viên xem được trang này.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="245" />
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="281" />
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="286" />
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="288" />
        <source>Grand total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="283" />
        <source>(not transferred)</source>
        <translation>(chưa chuyển đơn vị xử lý)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="290" />
        <source>Dossiers per month</source>
        <translation>Hồ sơ theo tháng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="291" />
        <source>Dossiers received</source>
        <translation>Hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="292" />
        <source>Dossiers resolved</source>
        <translation>Hồ sơ đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="293" />
        <source>Resolved on time or early (%)</source>
        <translation>Tỷ lệ giải quyết trước và đúng hạn (%)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="294" />
        <source>Resolved on time or early, by unit</source>
        <translation>Tỷ lệ giải quyết trước và đúng hạn theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="304" />
        <source>&lt;b&gt;{first} – {last}&lt;/b&gt;: received {received} (of which carried over {carried}) · resolved {resolved}, on time or early {rate} · in progress {open}, overdue {overdue} · withdrawn {withdrawn} · satisfied {satisfied}</source>
        <translation>&lt;b&gt;{first} – {last}&lt;/b&gt;: tiếp nhận {received} (kỳ trước chuyển qua {carried}) · đã giải quyết {resolved}, trước và đúng hạn {rate} · đang giải quyết {open}, quá hạn {overdue} · rút {withdrawn} · hài lòng {satisfied}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="326" />
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="327" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="328" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="349" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="336" />
        <source>Exporting…</source>
        <translation>Đang xuất tệp…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="155" />
        <source>Saved {name}</source>
        <translation>Đã lưu {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="157" />
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="157" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="346" />
        <source>Rating screen</source>
        <translation>Màn hình đánh giá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="347" />
        <source>Code of the returned dossier:</source>
        <translation>Mã hồ sơ đã trả kết quả:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="348" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>ResultReadyDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="166" />
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="166" />
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="157" />
        <source>Resume processing</source>
        <translation>Tiếp tục giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="158" />
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="209" />
        <source>Return the result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="210" />
        <source>Return</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="211" />
        <source>Collected at the desk</source>
        <translation>Nhận tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="212" />
        <source>Sent by post</source>
        <translation>Gửi qua bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="218" />
        <source>Number of the ID paper shown</source>
        <translation>Số giấy tờ người nhận xuất trình</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="225" />
        <source>Collected by:</source>
        <translation>Người nhận:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="226" />
        <source>ID paper:</source>
        <translation>Giấy tờ tùy thân:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="227" />
        <source>Tracking number:</source>
        <translation>Số vận đơn:</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="70" />
        <source>Code, name, phone or ID number (diacritics optional); or scan the receipt</source>
        <translation>Mã hồ sơ, tên, số điện thoại hoặc số giấy tờ (có dấu hay không đều được); hoặc quét giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="71" />
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="75" />
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="77" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="78" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="80" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="81" />
        <source>Result ready</source>
        <translation>Có kết quả lúc</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="82" />
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="83" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="84" />
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="85" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="89" />
        <source>&amp;Hand over result…</source>
        <translation>T&amp;rả kết quả…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="90" />
        <location filename="../../desk_app/ui/counter/return_page.py" line="253" />
        <source>Enter on a row</source>
        <translation>Bấm Enter trên một dòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="91" />
        <source>&amp;Open dossier</source>
        <translation>&amp;Mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="92" />
        <source>Double-click on a row</source>
        <translation>Bấm đúp vào một dòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="93" />
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="209" />
        <source>Dossier {code} has no result waiting to be handed over.</source>
        <translation>Hồ sơ {code} không có kết quả đang chờ trả.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="214" />
        <source>The QR code does not verify — the receipt may be forged</source>
        <translation>Mã QR không xác thực được — có thể là biên nhận giả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="216" />
        <source>The QR code cannot be verified: its check part is missing or cut off — compare the receipt with the dossier</source>
        <translation>Không kiểm tra được mã QR: phần mã kiểm tra bị thiếu hoặc bị cắt — hãy đối chiếu giấy tiếp nhận với hồ sơ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/counter/return_page.py" line="225" />
        <source>%n result(s) awaiting return</source>
        <translation>
            <numerusform>%n kết quả chờ trả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/counter/return_page.py" line="227" />
        <source>%n shown</source>
        <translation>
            <numerusform>Đang hiện %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="254" />
        <source>Your role may not hand over results</source>
        <translation>Vai trò của bạn không được trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="269" />
        <source>Dossier {code} is no longer waiting: its result was handed over elsewhere.</source>
        <translation>Hồ sơ {code} không còn chờ trả: kết quả đã được trả ở nơi khác.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desk_app/ui/session/roles.py" line="8" />
        <source>Reception clerk</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/roles.py" line="9" />
        <source>Processing officer</source>
        <translation>Chuyên viên xử lý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/roles.py" line="10" />
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/roles.py" line="11" />
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/roles.py" line="12" />
        <source>Scheduled backup</source>
        <translation>Sao lưu tự động</translation>
    </message>
</context>
<context>
    <name>SaveChooser</name>
    <message>
        <location filename="../../desk_app/ui/widgets/save_chooser.py" line="20" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/save_chooser.py" line="21" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/save_chooser.py" line="22" />
        <source>Look in:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/save_chooser.py" line="23" />
        <source>File name:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/save_chooser.py" line="24" />
        <source>File type:</source>
        <translation>Loại tệp:</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../desk_app/ui/counter/scan.py" line="26" />
        <source>Scan or type a dossier code (F2)</source>
        <translation>Quét hoặc gõ mã hồ sơ (F2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/scan.py" line="34" />
        <source>Scan:</source>
        <translation>Quét mã:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="60" />
        <location filename="../../desk_app/ui/admin/settings_page.py" line="67" />
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="64" />
        <source>Only supervisors and administrators may read the audit trail.</source>
        <translation>Chỉ lãnh đạo và quản trị viên được xem nhật ký thay đổi.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="72" />
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="74" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="129" />
        <source>First start: set up the office</source>
        <translation>Khởi động lần đầu: thiết lập cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="136" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="137" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="138" />
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="139" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>SignerFields</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="58" />
        <source>Authority, e.g. KT. GIÁM ĐỐC when a deputy signs for the director; empty when signing in one's own name</source>
        <translation>Thẩm quyền ký, ví dụ KT. GIÁM ĐỐC khi cấp phó ký thay; để trống khi ký theo chức vụ của mình</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="61" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="67" />
        <source>Authority</source>
        <translation>Thẩm quyền</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="68" />
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="175" />
        <source>Stop processing (form 05)</source>
        <translation>Dừng giải quyết hồ sơ (mẫu 05)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="176" />
        <source>Stop and print</source>
        <translation>Dừng và in thông báo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="181" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="182" />
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="183" />
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
</context>
<context>
    <name>SupplementRequestDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="120" />
        <source>Request supplements (form 02)</source>
        <translation>Yêu cầu bổ sung hồ sơ (mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="121" />
        <source>Request and print</source>
        <translation>Yêu cầu và in phiếu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="126" />
        <source>Missing documents
(one per line; "name: what to do"):</source>
        <translation>Giấy tờ cần bổ sung
(mỗi dòng một giấy tờ; "tên: nội dung cần làm"):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="128" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="103" />
        <source>Hand over the dossier</source>
        <translation>Chuyển hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="104" />
        <source>Hand over</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="108" />
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="108" />
        <source>One-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="109" />
        <source>To unit:</source>
        <translation>Đơn vị nhận:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="110" />
        <source>Receiver:</source>
        <translation>Người nhận:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="111" />
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="52" />
        <source>Locked</source>
        <translation>Đã khoá</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/session/idle_lock.py" line="56" />
        <source>The program was locked after %n minute(s) without use. Your work is kept: enter the password to continue.</source>
        <translation>
            <numerusform>Chương trình đã tự khoá sau %n phút không sử dụng. Công việc đang làm vẫn được giữ nguyên: nhập mật khẩu để tiếp tục.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="63" />
        <source>Unlock</source>
        <translation>Mở khoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="64" />
        <source>Close the program</source>
        <translation>Đóng chương trình</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="66" />
        <source>What was not saved is lost</source>
        <translation>Những gì chưa lưu sẽ bị mất</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="68" />
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="69" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="47" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="55" />
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="56" />
        <source>Password (&amp;again):</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="58" />
        <source>{low} to {high} characters, at least one letter and one digit, not the username</source>
        <translation>Từ {low} đến {high} ký tự, có ít nhất một chữ cái và một chữ số, khác tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="71" />
        <source>Password (again): the two passwords differ</source>
        <translation>Nhập lại mật khẩu: hai mật khẩu không khớp</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="161" />
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="162" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="163" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="164" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="164" />
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="165" />
        <source>Disabled</source>
        <translation>Đã khoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="166" />
        <source>Locked until</source>
        <translation>Tạm khoá đến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="170" />
        <source>&amp;Add user…</source>
        <translation>&amp;Thêm người dùng…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="171" />
        <source>Set &amp;password…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="172" />
        <source>&amp;Change name or role…</source>
        <translation>Đổi &amp;họ tên hoặc vai trò…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="173" />
        <source>&amp;Disable</source>
        <translation>&amp;Khoá tài khoản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="175" />
        <source>The account stays in the history but can no longer log in</source>
        <translation>Tài khoản vẫn còn trong lịch sử nhưng không đăng nhập được nữa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="176" />
        <source>&amp;Enable</source>
        <translation>Mở kh&amp;oá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="177" />
        <source>Lets the user log in again, at once</source>
        <translation>Cho người dùng đăng nhập lại ngay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="203" />
        <source>Locked after wrong passwords; Enable or a new password lifts the lockout at once</source>
        <translation>Tạm khoá do nhập sai mật khẩu; Mở khoá hoặc đặt mật khẩu mới sẽ mở khoá ngay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="274" />
        <source>Added {username}.</source>
        <translation>Đã thêm {username}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="278" />
        <source>New password set for {username}.</source>
        <translation>Đã đặt mật khẩu mới cho {username}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="281" />
        <source>Saved {username}.</source>
        <translation>Đã lưu {username}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="304" />
        <source>Enabled {username}: they can log in again.</source>
        <translation>Đã mở khoá {username}: có thể đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="305" />
        <source>Disabled {username}: they can no longer log in.</source>
        <translation>Đã khoá {username}: không đăng nhập được nữa.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="249" />
        <source>Withdraw the dossier</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="250" />
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="252" />
        <source>Reason given by the applicant:</source>
        <translation>Lý do người nộp đưa ra:</translation>
    </message>
</context>
</TS>