<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="20" />
        <source>Search by code or name (diacritics optional)</source>
        <translation>Tìm theo mã hoặc tên (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="23" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="24" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="25" />
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="26" />
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="27" />
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="28" />
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/catalog_page.py" line="51" />
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="31" />
        <source>One-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="37" />
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="38" />
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="39" />
        <source>Return</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="40" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="41" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="42" />
        <source>Catalogue</source>
        <translation>Danh mục thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="43" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>NotYetAvailablePage</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="22" />
        <source>This page is not yet available.</source>
        <translation>Trang này chưa có trong phiên bản này.</translation>
    </message>
</context>
</TS>